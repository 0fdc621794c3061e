package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.peaceops.engine.camunda.FormTranslations;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A task's form in its operation's working language, as Tasklist fetches it: {@code GET
 * .../task/{id}/deployed-form} through the webapps' engine API (Tasklist 7.24 calls it with {@code
 * fetch}, its session cookie and no language header), or through /engine-rest. The engine answers
 * first, with its own checks of who may read the task; its answer is then translated
 * ({@link FormTranslations}), and says its language in {@code Content-Language}. The language is the
 * task's variable {@code workingLanguage}, read as the caller, who may read the task's variables
 * since the engine has just let them read its form.
 */
final class DeployedFormLanguage extends OncePerRequestFilter {

    private final Callers callers;
    private final TaskService taskService;
    private final FormTranslations translations;

    DeployedFormLanguage(Callers callers, TaskService taskService, FormTranslations translations) {
        this.callers = callers;
        this.taskService = taskService;
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRoute route = EngineRoute.of(request);
        if (!"GET".equals(request.getMethod()) || route == null || !route.is("task", "*", "deployed-form")) {
            chain.doFilter(request, response);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            buffered.copyBodyToResponse();
            return;
        }
        WorkingLanguage language = language(request, route.segments().get(1));
        byte[] form = translations.translate(buffered.getContentAsByteArray(), language);
        response.setHeader("Content-Language", language.code());
        response.setContentLength(form.length);
        response.getOutputStream().write(form);
    }

    private WorkingLanguage language(HttpServletRequest request, String taskId) {
        Callers.Caller caller = callers.of(request);
        if (caller == null) {
            return WorkingLanguage.DEFAULT;
        }
        try {
            Object code =
                    callers.as(caller, () -> taskService.getVariable(taskId, OperationVariables.WORKING_LANGUAGE));
            return code instanceof String text && WorkingLanguage.known(text)
                    ? WorkingLanguage.of(text)
                    : WorkingLanguage.DEFAULT;
        } catch (ProcessEngineException unreadable) {
            // the form was readable, its variables are not (a task outside any operation): English
            return WorkingLanguage.DEFAULT;
        }
    }
}
