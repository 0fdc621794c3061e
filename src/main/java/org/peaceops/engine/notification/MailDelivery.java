package org.peaceops.engine.notification;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peaceops.engine.notification.MailOutbox.ClaimedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Composes and sends the outbox's mail: just after the transaction that wrote its events commits (on a
 * thread of its own, so no request or job waits for the recipients' look-up or the SMTP server), and at
 * each sweep for what is left (a node that
 * stopped before sending, a retry that is due). Any node may send any mail; each mail is claimed by
 * one before it is sent, so it goes out at most once however many nodes sweep.
 *
 * <p>A refused mail (the server down, a time-out) is tried again later, the wait doubling each time,
 * and given up after {@code transition.mail.max-attempts}. A mail whose node stopped in the middle of
 * sending it is not sent again: it may have gone out, and at most once is the promise.
 */
@Component
public class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final MailOutbox outbox;
    private final MailEvents events;
    private final MailPreferences preferences;
    private final MailProperties properties;
    private final Clock clock;
    private final MailTransport transport;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final ThreadPoolTaskExecutor afterCommit = new ThreadPoolTaskExecutor();
    private final AtomicBoolean queued = new AtomicBoolean();

    MailDelivery(
            MailOutbox outbox,
            MailEvents events,
            MailPreferences preferences,
            MailProperties properties,
            Clock clock,
            ObjectProvider<JavaMailSender> smtp) {
        this.outbox = outbox;
        this.events = events;
        this.preferences = preferences;
        this.properties = properties;
        this.clock = clock;
        this.transport = MailTransport.of(smtp.getIfAvailable(), properties);
        // one thread, one run queued at most: a run sends everything due, so more would find nothing
        afterCommit.setCorePoolSize(1);
        afterCommit.setMaxPoolSize(1);
        afterCommit.setQueueCapacity(1);
        afterCommit.setThreadNamePrefix("mail-");
        afterCommit.setWaitForTasksToCompleteOnShutdown(true);
        afterCommit.setAwaitTerminationSeconds(20);
        afterCommit.initialize();
        if (transport instanceof MailTransport.ToTheLog) {
            LOG.info("No SMTP host set (spring.mail.host): e-mail notifications are written to the log");
        } else if (properties.baseUrl().equals(MailProperties.DEFAULT_BASE_URL)) {
            LOG.warn(
                    "E-mail goes out through an SMTP server, but its links point to {}: set transition.mail.base-url",
                    MailProperties.DEFAULT_BASE_URL);
        }
    }

    /** This node's name in the claims: who was sending a mail, in the outbox. */
    String node() {
        return node;
    }

    /** New mail was committed: sends it soon on the mail thread (nothing when this node does not deliver). */
    void nudge() {
        if (!properties.deliver() || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            afterCommit.execute(() -> {
                queued.set(false);
                sendDue();
            });
        } catch (RejectedExecutionException e) {
            // shutting down, or a run is queued already: the next sweep sends it
            queued.set(false);
        }
    }

    /**
     * Composes the mail of the events written (new tasks, escalations: {@link MailEvents}), then sends
     * every mail due now, in claimed batches, until none is left; returns how many were handed over.
     * Safe to run on several threads and nodes at once.
     */
    public int sendDue() {
        try {
            events.composeDue(node);
        } catch (RuntimeException e) {
            // the database, most likely: what is not composed is claimed again once its claim runs out
            LOG.warn("E-mail events not composed: {}", e.toString());
        }
        int given = outbox.releaseExpiredClaims(clock.instant());
        if (given > 0) {
            LOG.warn("{} e-mails were being sent by a node that stopped; they are not sent again", given);
        }
        int handedOver = 0;
        while (true) {
            Instant now = clock.instant();
            String claimant = node + "/" + UUID.randomUUID();
            List<ClaimedMail> claimed = outbox.claimDue(claimant, now, now.plus(properties.claimTimeout()));
            if (claimed.isEmpty()) {
                return handedOver;
            }
            for (ClaimedMail mail : claimed) {
                if (send(mail, claimant)) {
                    handedOver++;
                }
            }
        }
    }

    /**
     * Each mail of a batch gets the whole claim time for its own sending: a batch slowed by a server
     * that does not answer loses its mails not yet begun to other nodes, never one being sent.
     */
    private boolean send(ClaimedMail mail, String claimant) {
        int attempt = mail.attempts() + 1;
        try {
            if (!preferences.wantsMail(mail.recipient())) {
                outbox.finish(mail.id(), claimant, MailStatus.OPTED_OUT, clock.instant(), null);
                return false;
            }
            if (!outbox.startSending(mail.id(), claimant, clock.instant().plus(properties.claimTimeout()))) {
                return false;
            }
            transport.send(mail);
        } catch (RuntimeException e) {
            // a MailException is the server's refusal; anything else (the database) is retried the same way
            refused(mail, attempt, claimant, e);
            return false;
        }
        outbox.finish(mail.id(), claimant, transport.delivered(), clock.instant(), null);
        return true;
    }

    private void refused(ClaimedMail mail, int attempt, String claimant, RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (attempt >= properties.maxAttempts()) {
            LOG.warn("E-mail {} to {} given up after {} attempts: {}", mail.id(), mail.address(), attempt, error);
            outbox.finish(mail.id(), claimant, MailStatus.FAILED, clock.instant(), error);
        } else {
            Instant next = clock.instant().plus(properties.retryDelay(attempt));
            LOG.warn(
                    "E-mail {} to {} not sent ({}); attempt {} of {}, next at {}",
                    mail.id(),
                    mail.address(),
                    error,
                    attempt,
                    properties.maxAttempts(),
                    next);
            outbox.retryAt(mail.id(), claimant, next, error);
        }
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdown();
    }
}
