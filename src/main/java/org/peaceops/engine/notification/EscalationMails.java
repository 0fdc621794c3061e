package org.peaceops.engine.notification;

import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.escalation.EscalationOpened;
import org.peaceops.engine.notification.MailTexts.TaskLine;
import org.peaceops.engine.notification.Recipients.Recipient;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every escalation mails headquarters (the members of {@code hq-task-force}), in the operation's
 * language, in the transaction that opens it. One that comes with a task waits for the task to be
 * created, so that the mail names the task as Tasklist shows it and links to it ({@link NewTaskMails}).
 */
@Component
class EscalationMails {

    private final MailProperties properties;
    private final Recipients recipients;
    private final MailTexts texts;
    private final TransactionMails mails;
    private final TransitionRegistry registry;

    EscalationMails(
            MailProperties properties,
            Recipients recipients,
            MailTexts texts,
            TransactionMails mails,
            TransitionRegistry registry) {
        this.properties = properties;
        this.recipients = recipients;
        this.texts = texts;
        this.mails = mails;
        this.registry = registry;
    }

    @EventListener
    void opened(EscalationOpened escalation) {
        if (!properties.enabled()) {
            return;
        }
        if (escalation.taskId() != null && mails.holdForTask(escalation, () -> write(escalation))) {
            return;
        }
        write(escalation);
    }

    private void write(EscalationOpened escalation) {
        var operation = registry.find(escalation.operationCode());
        var language = operation.map(TransitionRecord::workingLanguage).orElse(WorkingLanguage.DEFAULT);
        String operationName = operation.map(TransitionRecord::operationName).orElse(null);
        TaskLine line = new TaskLine(escalation.taskId(), null, escalation.operationCode(), escalation.dueOn());
        List<OutgoingMail> out = new ArrayList<>();
        for (Recipient hq :
                recipients.inOperation(List.of(ActorGroup.HQ_TASK_FORCE.id()), escalation.operationCode())) {
            out.add(mail(
                    escalation,
                    hq,
                    texts.escalation(
                            language, hq.name(), escalation.kind(), escalation.reason(), line, operationName)));
        }
        mails.write(out);
    }

    /** One escalation's mail to one person of headquarters. */
    static OutgoingMail mail(EscalationOpened escalation, Recipient hq, MailContent content) {
        return new OutgoingMail(
                "escalation:" + escalation.id() + ":" + hq.userId(),
                MailKind.ESCALATION,
                escalation.operationCode(),
                escalation.taskId(),
                hq.userId(),
                hq.address(),
                hq.name(),
                content);
    }
}
