package org.peaceops.engine.notification;

import java.time.LocalDate;
import java.util.List;
import org.peaceops.engine.shared.WorkingLanguage;

/** A task as it was created, for its mails: taken from the task once the model's listeners are done. */
record TaskNotice(
        String taskId,
        String name,
        LocalDate due,
        List<String> candidateGroups,
        String operationCode,
        String operationName,
        WorkingLanguage language) {

    MailTexts.TaskLine line() {
        return new MailTexts.TaskLine(taskId, name, operationCode, due);
    }
}
