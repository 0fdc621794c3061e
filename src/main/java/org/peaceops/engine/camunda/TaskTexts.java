package org.peaceops.engine.camunda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a task says to the people who work it, in its operation's working language: its name, its
 * description, and any text a listener writes for its form. The texts live in the message bundles
 * ({@code i18n/messages.properties}, English; {@code i18n/messages_fr.properties}, French), keyed by
 * process and task definition key ({@code task.drawdown-phase.Task_RecordLesson.name}), so that a
 * translator edits one file per language and the diagrams keep their plain English names.
 */
@Component
public class TaskTexts {

    /**
     * The key of the one pattern of every task name: the operation first, then what to do
     * ("MONUSCO: Record a lesson learned"; in French with the space French puts before a colon).
     */
    static final String NAME_PATTERN = "task.name";

    private final MessageSource messages;

    public TaskTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The working language of the operation the task or execution belongs to; English when unknown. */
    public static WorkingLanguage language(VariableScope scope) {
        Object code = scope.getVariable(OperationVariables.WORKING_LANGUAGE);
        return code instanceof String text && WorkingLanguage.known(text)
                ? WorkingLanguage.of(text)
                : WorkingLanguage.DEFAULT;
    }

    /** The text of the key in the language, its arguments filled in; the key itself when missing. */
    public String text(WorkingLanguage language, String key, Object... args) {
        return messages.getMessage(key, args, key, language.locale());
    }

    /** The text of the key in the task's language. */
    public String text(VariableScope scope, String key, Object... args) {
        return text(language(scope), key, args);
    }

    /** The text of the key in the language, or null when no bundle has it. */
    public String find(WorkingLanguage language, String key, Object... args) {
        return messages.getMessage(key, args, null, language.locale());
    }

    /** The bundle key of the task's name or description ({@code part} "name" or "description"). */
    public static String key(String processKey, String taskDefinitionKey, String part) {
        return "task." + processKey + "." + taskDefinitionKey + "." + part;
    }

    /**
     * Names and describes the task from the bundles, in its operation's language, the arguments (a
     * phase, a site, a benchmark) filled in: "MONUSCO: Close the site past its planned date: Minembwe".
     * A task without texts in the bundles keeps its name from the diagram, with its operation in front.
     */
    public void describe(DelegateTask task, Object... args) {
        WorkingLanguage language = language(task);
        String processKey = processKey(task);
        String name = find(language, key(processKey, task.getTaskDefinitionKey(), "name"), args);
        String description = find(language, key(processKey, task.getTaskDefinitionKey(), "description"), args);
        String operation = operation(task);
        String plain = name != null ? name : task.getName();
        task.setName(operation == null || plain == null ? plain : text(language, NAME_PATTERN, operation, plain));
        if (description != null) {
            task.setDescription(description);
        }
    }

    /**
     * Whether the task has its operation in front of its name already: a listener of its own named it
     * with its arguments before the listener every task has ({@link OperationTaskNames}) came to it.
     */
    boolean named(DelegateTask task) {
        String operation = operation(task);
        return operation != null
                && task.getName() != null
                && task.getName().startsWith(text(language(task), NAME_PATTERN, operation, ""));
    }

    private static String operation(DelegateTask task) {
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }

    private static String processKey(DelegateTask task) {
        return task.getExecution() == null ? "" : Executions.processKeyOf(task.getExecution());
    }
}
