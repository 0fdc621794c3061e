package org.peaceops.engine.notification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.peaceops.engine.camunda.UserTaskCreationListener;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * Every new task mails the members of its candidate groups in its operation ({@link EventMails}). Told
 * after the model's listeners, so that the name and due date are those Tasklist shows; the task is
 * written down as the transaction commits, and its mails are composed after it.
 */
@Component
class NewTaskMails implements UserTaskCreationListener {

    private final MailProperties properties;
    private final TransactionMails mails;
    private final TransitionRegistry registry;

    NewTaskMails(MailProperties properties, TransactionMails mails, TransitionRegistry registry) {
        this.properties = properties;
        this.mails = mails;
        this.registry = registry;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!properties.enabled()) {
            return;
        }
        String operation = operationOf(task);
        mails.taskCreated(new TaskNotice(
                task.getId(),
                task.getName(),
                day(task.getDueDate()),
                task.getCandidates().stream()
                        .map(IdentityLink::getGroupId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                operation,
                (String) variable(task, OperationVariables.OPERATION_NAME),
                languageOf(task, operation)));
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
        Object code = variable(task, OperationVariables.WORKING_LANGUAGE);
        if (code instanceof String text && WorkingLanguage.known(text)) {
            return WorkingLanguage.of(text);
        }
        return operation != null ? registry.workingLanguage(operation) : WorkingLanguage.DEFAULT;
    }

    /** A variable of the operation, from the task's execution: a task being created has none of its own. */
    private static Object variable(DelegateTask task, String name) {
        return task.getExecution() != null ? task.getExecution().getVariable(name) : task.getVariable(name);
    }

    static LocalDate day(Date due) {
        return due == null ? null : LocalDate.ofInstant(due.toInstant(), ZoneOffset.UTC);
    }
}
