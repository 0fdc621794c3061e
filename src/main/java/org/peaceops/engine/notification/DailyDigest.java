package org.peaceops.engine.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.peaceops.engine.camunda.EngineCommands;
import org.peaceops.engine.notification.MailTexts.TaskLine;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Deadlines;
import org.peaceops.engine.shared.WorkingLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, each person with tasks due within {@code transition.mail.digest-days} days or overdue
 * gets one mail listing them: their own tasks and their groups' unclaimed ones, in their operations.
 * Any node may write the day's digest; the first to record the day in {@code mail_digest} writes it
 * for everyone, in the same transaction, and every other run that day finds the day taken.
 *
 * <p>The language: that of the operations of the tasks listed when they share one, English otherwise.
 */
@Component
public class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);
    private static final int USERS_PER_PAGE = 500;

    private final MailProperties properties;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final MailPreferences preferences;
    private final MailDelivery delivery;
    private final TransitionRegistry registry;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final EngineCommands commands;
    private final TransactionTemplate transaction;
    private final Clock clock;
    // a shortcut only: the database says whether the day is written; this saves asking again today
    private volatile LocalDate writtenDay;

    DailyDigest(
            MailProperties properties,
            MailOutbox outbox,
            MailTexts texts,
            MailPreferences preferences,
            MailDelivery delivery,
            TransitionRegistry registry,
            IdentityService identityService,
            TaskService taskService,
            EngineCommands commands,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.properties = properties;
        this.outbox = outbox;
        this.texts = texts;
        this.preferences = preferences;
        this.delivery = delivery;
        this.registry = registry;
        this.identityService = identityService;
        this.taskService = taskService;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Writes today's digest once its time ({@code digest-at}, UTC) has come, unless it is written. */
    void writeIfDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (today.equals(writtenDay)
                || now.isBefore(today.atTime(properties.digestAt()).toInstant(ZoneOffset.UTC))) {
            return;
        }
        if (!outbox.digestWritten(today)) {
            write(today);
        }
        writtenDay = today;
    }

    /**
     * Writes the day's digest for everyone, unless a run (here or on another node) has: returns the
     * mails written, 0 when the day was taken.
     */
    public int write(LocalDate day) {
        Instant now = clock.instant();
        int written;
        try {
            written = transaction.execute(status -> {
                if (!outbox.claimDigestDay(day, delivery.node(), now)) {
                    return 0;
                }
                List<OutgoingMail> mails = compose(day);
                outbox.add(mails, now);
                outbox.removeFinishedBefore(day.minus(properties.keep())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
                return mails.size();
            });
        } catch (DuplicateKeyException e) {
            // another node recorded the day at the same moment, and writes it
            return 0;
        }
        if (written > 0) {
            LOG.info("Daily digest of {}: {} e-mails written", day, written);
            delivery.nudge();
        }
        return written;
    }

    private List<OutgoingMail> compose(LocalDate day) {
        return commands.withoutAuthorization(() -> {
            Map<String, WorkingLanguage> languages = new HashMap<>();
            List<OutgoingMail> mails = new ArrayList<>();
            for (int first = 0; ; first += USERS_PER_PAGE) {
                List<User> users =
                        identityService.createUserQuery().orderByUserId().asc().listPage(first, USERS_PER_PAGE);
                for (User user : users) {
                    if (user.getEmail() != null && !user.getEmail().isBlank() && preferences.wantsMail(user.getId())) {
                        digestOf(user, day, languages).ifPresent(mails::add);
                    }
                }
                if (users.size() < USERS_PER_PAGE) {
                    return mails;
                }
            }
        });
    }

    private Optional<OutgoingMail> digestOf(User user, LocalDate day, Map<String, WorkingLanguage> languages) {
        List<String> tenants =
                identityService.createTenantQuery().userMember(user.getId()).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId)
                        .toList();
        if (tenants.isEmpty()) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
                .map(Group::getId)
                .toList();
        TaskQuery query = taskService.createTaskQuery().tenantIdIn(tenants.toArray(String[]::new));
        query = groups.isEmpty()
                ? query.taskAssignee(user.getId())
                : query.or()
                        .taskAssignee(user.getId())
                        .taskCandidateGroupIn(groups)
                        .endOr();
        query.dueBefore(Deadlines.startOfDay(day.plusDays(properties.digestDays() + 1L)))
                .orderByDueDate()
                .asc()
                .orderByTaskId()
                .asc();
        int max = properties.digestMaxTasks();
        List<Task> tasks = query.listPage(0, max);
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        int more = tasks.size() < max ? 0 : (int) query.count() - tasks.size();
        List<TaskLine> lines = tasks.stream()
                .map(task -> new TaskLine(
                        task.getId(), task.getName(), task.getTenantId(), NewTaskMails.day(task.getDueDate())))
                .toList();
        Set<WorkingLanguage> spoken = lines.stream()
                .map(line -> languages.computeIfAbsent(line.operationCode(), registry::workingLanguage))
                .collect(Collectors.toSet());
        WorkingLanguage language = spoken.size() == 1 ? spoken.iterator().next() : WorkingLanguage.DEFAULT;
        String name = Recipients.name(user);
        return Optional.of(new OutgoingMail(
                "digest:" + day + ":" + user.getId(),
                MailKind.DIGEST,
                null,
                null,
                user.getId(),
                user.getEmail(),
                name,
                texts.digest(language, name, lines, more, day)));
    }
}
