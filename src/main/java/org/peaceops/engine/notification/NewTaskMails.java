package org.peaceops.engine.notification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.camunda.UserTaskCreationListener;
import org.peaceops.engine.escalation.EscalationOpened;
import org.peaceops.engine.notification.MailTexts.TaskLine;
import org.peaceops.engine.notification.Recipients.Recipient;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * Every new task mails the members of its candidate groups in its operation, in the operation's
 * language: the task's name, the operation, the due date and a link that opens it in Tasklist. A task
 * that comes with an escalation mails headquarters the escalation instead (one mail, not two, to those
 * in both). Runs after the model's listeners, so that the name and due date are those Tasklist shows.
 */
@Component
class NewTaskMails implements UserTaskCreationListener {

    private final MailProperties properties;
    private final Recipients recipients;
    private final MailTexts texts;
    private final TransactionMails mails;
    private final TransitionRegistry registry;

    NewTaskMails(
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

    @Override
    public void notify(DelegateTask task) {
        if (!properties.enabled()) {
            return;
        }
        String operation = operationOf(task);
        WorkingLanguage language = languageOf(task, operation);
        String operationName = (String) task.getVariable(OperationVariables.OPERATION_NAME);
        TaskLine line = new TaskLine(task.getId(), task.getName(), operation, day(task.getDueDate()));
        List<OutgoingMail> out = new ArrayList<>();
        Set<String> told = new HashSet<>();
        EscalationOpened escalation = mails.takeEscalationFor(task.getId());
        if (escalation != null) {
            for (Recipient hq : recipients.inOperation(List.of(ActorGroup.HQ_TASK_FORCE.id()), operation)) {
                out.add(EscalationMails.mail(
                        escalation,
                        hq,
                        texts.escalation(
                                language, hq.name(), escalation.kind(), escalation.reason(), line, operationName)));
                told.add(hq.userId());
            }
        }
        for (Recipient member : recipients.inOperation(candidateGroups(task), operation)) {
            if (told.add(member.userId())) {
                out.add(new OutgoingMail(
                        "task:" + task.getId() + ":" + member.userId(),
                        MailKind.TASK,
                        operation,
                        task.getId(),
                        member.userId(),
                        member.address(),
                        member.name(),
                        texts.newTask(language, member.name(), line, operationName)));
            }
        }
        mails.write(out);
    }

    private static Set<String> candidateGroups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .sorted()
                .forEach(groups::add);
        return groups;
    }

    /** The operation is the tenant (its code), or else the business key every instance carries. */
    private static String operationOf(DelegateTask task) {
        if (task.getTenantId() != null) {
            return task.getTenantId();
        }
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }

    /** The copy every instance carries; the registry's for instances started before it existed. */
    private WorkingLanguage languageOf(DelegateTask task, String operation) {
        Object code = task.getVariable(OperationVariables.WORKING_LANGUAGE);
        if (code instanceof String text && WorkingLanguage.known(text)) {
            return WorkingLanguage.of(text);
        }
        return operation != null ? registry.workingLanguage(operation) : WorkingLanguage.DEFAULT;
    }

    static LocalDate day(Date due) {
        return due == null ? null : LocalDate.ofInstant(due.toInstant(), ZoneOffset.UTC);
    }
}
