package org.peaceops.engine.access;

import java.util.List;
import org.camunda.bpm.engine.task.TaskQuery;
import org.peaceops.engine.shared.WorkingLanguage;

/**
 * A Tasklist filter the application keeps, named in {@code language}. {@code groups}: null for
 * everyone; otherwise the groups granted it when it is created (none: it is granted person by person).
 */
record TaskFilter(
        String name,
        int priority,
        String description,
        TaskQuery query,
        List<String> groups,
        WorkingLanguage language) {}
