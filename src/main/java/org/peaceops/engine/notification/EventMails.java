package org.peaceops.engine.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.escalation.EscalationOpened;
import org.peaceops.engine.notification.MailTexts.TaskLine;
import org.peaceops.engine.notification.Recipients.Recipient;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * The mails of a transaction's events, composed after it has committed ({@link MailEvents}), when the
 * operations, tenants and memberships it created are in the database for the reads:
 *
 * <ul>
 *   <li>a new task: to the members of its candidate groups in its operation, in the operation's
 *       language, with its name, the operation, the due date and a link that opens it in Tasklist;
 *   <li>an escalation: to headquarters (the members of {@code hq-task-force}), naming its task when it
 *       has one; those who get the escalation do not also get the task's own mail.
 * </ul>
 */
@Component
class EventMails {

    private static final String HEADQUARTERS = ActorGroup.HQ_TASK_FORCE.id();

    private final Recipients recipients;
    private final MailTexts texts;
    private final TransitionRegistry registry;

    EventMails(Recipients recipients, MailTexts texts, TransitionRegistry registry) {
        this.recipients = recipients;
        this.texts = texts;
        this.registry = registry;
    }

    List<OutgoingMail> of(List<TaskNotice> tasks, List<EscalationOpened> escalations) {
        Recipients.Lookup people = recipients.lookup();
        Map<String, TaskNotice> byId = new HashMap<>();
        tasks.forEach(task -> byId.put(task.taskId(), task));
        Map<String, Set<String>> toldOfTask = new HashMap<>();
        List<OutgoingMail> mails = new ArrayList<>();
        for (EscalationOpened escalation : escalations) {
            TaskNotice task = escalation.taskId() == null ? null : byId.get(escalation.taskId());
            Set<String> told = escalation.taskId() == null
                    ? new HashSet<>()
                    : toldOfTask.computeIfAbsent(escalation.taskId(), id -> new HashSet<>());
            mails.addAll(escalationMails(people, escalation, task, told));
        }
        for (TaskNotice task : tasks) {
            Set<String> told = toldOfTask.computeIfAbsent(task.taskId(), id -> new HashSet<>());
            for (Recipient member : people.inOperation(task.candidateGroups(), task.operationCode())) {
                if (told.add(member.userId())) {
                    mails.add(new OutgoingMail(
                            "task:" + task.taskId() + ":" + member.userId(),
                            MailKind.TASK,
                            task.operationCode(),
                            task.taskId(),
                            member.userId(),
                            member.address(),
                            member.name(),
                            texts.newTask(task.language(), member.name(), task.line(), task.operationName())));
                }
            }
        }
        return mails;
    }

    /** To headquarters; the task's name, language and operation name from the task when it was created here. */
    private List<OutgoingMail> escalationMails(
            Recipients.Lookup people, EscalationOpened escalation, TaskNotice task, Set<String> told) {
        String operation = escalation.operationCode();
        WorkingLanguage language;
        String operationName;
        TaskLine line;
        if (task != null) {
            language = task.language();
            operationName = task.operationName();
            line = task.line();
        } else {
            var record = registry.find(operation);
            language = record.map(TransitionRecord::workingLanguage).orElse(WorkingLanguage.DEFAULT);
            operationName = record.map(TransitionRecord::operationName).orElse(null);
            line = new TaskLine(escalation.taskId(), null, operation, escalation.dueOn());
        }
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient hq : people.inOperation(List.of(HEADQUARTERS), operation)) {
            told.add(hq.userId());
            mails.add(new OutgoingMail(
                    "escalation:" + escalation.id() + ":" + hq.userId(),
                    MailKind.ESCALATION,
                    operation,
                    escalation.taskId(),
                    hq.userId(),
                    hq.address(),
                    hq.name(),
                    texts.escalation(
                            language, hq.name(), escalation.kind(), escalation.reason(), line, operationName)));
        }
        return mails;
    }
}
