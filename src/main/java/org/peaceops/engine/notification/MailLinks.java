package org.peaceops.engine.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses a mail links to, under {@code transition.mail.base-url}: a task in Tasklist (once
 * signed in, Tasklist opens it), Tasklist itself, and the page of one's notification settings. The
 * webapps' path and the engine's name are Camunda's settings, read here so that the links follow them.
 */
@Component
class MailLinks {

    private final String tasklist;
    private final String settings;

    MailLinks(
            MailProperties properties,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps,
            @Value("${camunda.bpm.process-engine-name:default}") String engine) {
        this.tasklist = properties.baseUrl() + webapps + "/app/tasklist/" + engine + "/";
        this.settings = properties.baseUrl() + "/notifications.html";
    }

    /** {@code {base-url}/camunda/app/tasklist/default/#/?task={taskId}} with the default settings. */
    String task(String taskId) {
        return tasklist + "#/?task=" + taskId;
    }

    String tasklist() {
        return tasklist;
    }

    String settings() {
        return settings;
    }
}
