package org.peaceops.engine.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.peaceops.engine.escalation.EscalationOpened;
import org.peaceops.engine.notification.MailOutbox.ClaimedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's mail events, kept compact in it and composed after it. The transaction that creates
 * tasks or opens escalations writes one row of {@code mail_event} as it commits, whatever the number
 * of its tasks and of their recipients; after the commit, whichever node sends mail claims the row,
 * looks up the recipients, composes one mail each ({@link EventMails}), writes them to the outbox and
 * removes the row, all in one transaction of its own. So the reads of the groups' members and the
 * texts of the mails are no part of the request that caused them, and the recipients are those of the
 * moment just after it, its own changes (a new operation's tenant) included.
 *
 * <p>A node that stops while composing rolls its transaction back: the row's claim runs out and
 * another node composes it; a mail already written is not written twice (its key). Events that
 * cannot be composed (a text missing from a bundle) are logged and dropped, as a missing text never
 * costs the engine its work.
 */
@Component
class MailEvents {

    private static final Logger LOG = LoggerFactory.getLogger(MailEvents.class);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What one row holds: the tasks created and escalations opened by one transaction. */
    record Events(List<TaskNotice> tasks, List<EscalationOpened> escalations) {}

    private final EventMails eventMails;
    private final MailOutbox outbox;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MailEvents(
            EventMails eventMails,
            MailOutbox outbox,
            MailProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.eventMails = eventMails;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Writes the events, in the caller's transaction; false when there are none. */
    boolean write(List<TaskNotice> tasks, List<EscalationOpened> escalations) {
        if (tasks.isEmpty() && escalations.isEmpty()) {
            return false;
        }
        String events;
        try {
            events = JSON.writeValueAsString(new Events(List.copyOf(tasks), List.copyOf(escalations)));
        } catch (JsonProcessingException e) {
            // plain records of strings and dates: never expected; a mail is never worth the engine's work
            LOG.error("E-mails of {} new tasks and {} escalations not written", tasks.size(), escalations.size(), e);
            return false;
        }
        outbox.addEvents(events, clock.instant());
        return true;
    }

    /** Composes the mail of every event written and not yet composed, on this node's account; returns how many rows. */
    int composeDue(String node) {
        int composed = 0;
        while (true) {
            Instant now = clock.instant();
            String claimant = node + "/" + UUID.randomUUID();
            List<ClaimedEvents> claimed = outbox.claimEvents(claimant, now, now.plus(properties.claimTimeout()));
            if (claimed.isEmpty()) {
                return composed;
            }
            for (ClaimedEvents events : claimed) {
                if (Boolean.TRUE.equals(transaction.execute(status -> compose(events, claimant)))) {
                    composed++;
                }
            }
        }
    }

    private boolean compose(ClaimedEvents claimed, String claimant) {
        List<OutgoingMail> mails;
        try {
            Events events = JSON.readValue(claimed.events(), Events.class);
            mails = eventMails.of(events.tasks(), events.escalations());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.error("E-mails of the events {} not written", claimed.events(), e);
            mails = List.of();
        }
        if (!outbox.removeEvents(claimed.id(), claimant)) {
            // its claim ran out and another node has it: nothing written here
            return false;
        }
        outbox.add(mails, claimed.createdAt());
        return true;
    }
}
