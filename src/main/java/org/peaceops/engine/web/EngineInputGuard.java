package org.peaceops.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peaceops.engine.shared.FieldError;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds what a client writes through the engine's REST API (both mounts: /engine-rest and the
 * webapps' engine API that Tasklist uses) to what was asked for, before the engine stores anything:
 * a task's submission carries only its form's fields, a start only its start form's, a message only
 * the values it is defined to carry, and nothing anywhere is a serialized object. A refusal is a 400
 * that names each variable, in the engine REST error format with the project's {@code errors}.
 */
final class EngineInputGuard extends OncePerRequestFilter {

    private static final Set<String> TASK_SUBMISSIONS = Set.of("submit-form", "complete", "resolve");
    private static final Set<String> STARTS = Set.of("submit-form", "start");
    private static final List<String> MESSAGE_VARIABLES =
            List.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");
    /** Ways to start an instance past its start form's checks: not for REST clients. */
    private static final List<String> START_BYPASSES =
            List.of("skipCustomListeners", "skipIoMappings", "startInstructions");

    private final Callers callers;
    private final SubmissionForms forms;
    private final MessagePayloads messages;

    EngineInputGuard(Callers callers, SubmissionForms forms, MessagePayloads messages) {
        this.callers = callers;
        this.forms = forms;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RejectedInputLogFilter.servingAClient(true);
        try {
            guard(request, response, chain);
        } finally {
            RejectedInputLogFilter.servingAClient(false);
        }
    }

    private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRoute route = EngineRoute.of(request);
        if (route == null || !route.writes() || !json(request)) {
            chain.doFilter(request, response);
            return;
        }
        var cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        JsonNode body = cached.json();
        List<FieldError> errors = new ArrayList<>();
        if (body != null) {
            Callers.Caller caller = callers.of(request);
            // a task's form is looked up once: its lists first, then its fields (one task query, not two)
            AllowedFields taskForm = taskSubmission(route) && caller != null
                    ? forms.ofTask(caller, route.segments().get(1))
                    : null;
            VariableChecks.typedValues(body, route.last(), listFields(taskForm), errors);
            if (errors.isEmpty()) {
                checkAgainstWhatWasAsked(route, body, caller, taskForm, errors);
            }
        }
        if (!errors.isEmpty()) {
            EngineErrorAnswers.write(response, EngineErrorAnswers.rejected(400, errors));
            return;
        }
        // a body that is not JSON goes on as it came: the engine answers it with its own 400
        chain.doFilter(cached, response);
    }

    private void checkAgainstWhatWasAsked(
            EngineRoute route, JsonNode body, Callers.Caller caller, AllowedFields taskForm, List<FieldError> errors) {
        if (caller == null) {
            return;
        }
        if (taskSubmission(route)) {
            if (taskForm != null) {
                VariableChecks.onlyAllowed(body.get("variables"), taskForm, errors);
            }
        } else if (route.first().equals("process-definition") && STARTS.contains(route.last())) {
            checkStart(route, body, caller, errors);
        } else if (route.is("message")) {
            AllowedFields allowed = callers.unrestricted(
                    () -> messages.of(body.path("messageName").asText("")));
            MESSAGE_VARIABLES.forEach(part -> VariableChecks.onlyAllowed(body.get(part), allowed, errors));
        } else if (route.is("signal") || route.is("condition")) {
            // no process of ours waits for a signal or a condition with values
            VariableChecks.onlyAllowed(body.get("variables"), AllowedFields.NONE, errors);
        }
    }

    private static boolean taskSubmission(EngineRoute route) {
        return route.is("task", "*", "*") && TASK_SUBMISSIONS.contains(route.last());
    }

    /**
     * The tag lists and check lists of the task's form, if this is a task's submission: Tasklist sends
     * their values as JSON, which is accepted there and nowhere else.
     */
    private static Set<String> listFields(AllowedFields taskForm) {
        return taskForm == null ? Set.of() : taskForm.lists();
    }

    private void checkStart(EngineRoute route, JsonNode body, Callers.Caller caller, List<FieldError> errors) {
        for (String bypass : START_BYPASSES) {
            JsonNode value = body.get(bypass);
            if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                errors.add(new FieldError(bypass, "may not be used: every start goes through its start form's checks"));
            }
        }
        AllowedFields allowed;
        if (route.is("process-definition", "key", "*", "*")) {
            allowed = forms.ofStart(caller, null, route.segments().get(2), null);
        } else if (route.is("process-definition", "key", "*", "tenant-id", "*", "*")) {
            allowed = forms.ofStart(
                    caller, null, route.segments().get(2), route.segments().get(4));
        } else if (route.is("process-definition", "*", "*")) {
            allowed = forms.ofStart(caller, route.segments().get(1), null, null);
        } else {
            return;
        }
        if (allowed != null) {
            VariableChecks.onlyAllowed(body.get("variables"), allowed, errors);
        }
    }

    private static boolean json(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }
}
