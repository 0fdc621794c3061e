package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Least privilege on the engine REST routes that the engine's own authorizations leave open to any
 * signed-in user, or that would let a role do far more than its work: engine-wide metrics and jobs
 * (managers and administrators), deployments (see {@link SecurityProperties#restDeployers()}), and
 * ending a user task by a BPMN error or escalation, which skips its form's checks and could end a
 * whole stage (administrators only; no task of ours ends that way), and direct writes to a running
 * instance (administrators only). Refused with a 403 in the engine REST error format.
 */
final class EngineRouteGuard extends OncePerRequestFilter {

    private static final Set<String> ENGINE_WIDE = Set.of("metrics", "job-definition", "job", "batch");
    private static final Set<String> TASK_SHORTCUTS = Set.of("bpmnError", "bpmnEscalation");
    /**
     * Resources whose writes change a running process past its forms: its variables, its tokens
     * (modification, migration), its suspension. Headquarters holds UPDATE_INSTANCE on the lifecycle so
     * that it may send the Council's messages; that grant must not also let it rewrite the lifecycle.
     */
    private static final Set<String> INSTANCE_INTERNALS =
            Set.of("process-instance", "execution", "modification", "migration");

    private final Callers callers;
    private final SecurityProperties security;

    EngineRouteGuard(Callers callers, SecurityProperties security) {
        this.callers = callers;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRoute route = EngineRoute.of(request);
        Callers.Caller caller = route == null ? null : callers.of(request);
        if (caller != null) {
            String refusal = refusal(route, caller);
            if (refusal != null) {
                EngineErrorAnswers.write(
                        response, new EngineErrorAnswers.Answer(403, "AuthorizationException", refusal, List.of()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private String refusal(EngineRoute route, Callers.Caller caller) {
        String first = route.first();
        boolean engineWide = ENGINE_WIDE.contains(first)
                || (first.equals("history")
                        && route.segments().size() > 1
                        && Set.of("job-log", "batch").contains(route.segments().get(1)));
        if (engineWide && !caller.inAnyGroup(security.engineReaders())) {
            return "Only managers and administrators may see the engine's metrics, jobs and batches.";
        }
        boolean deploys = first.equals("deployment")
                && (("POST".equals(route.method())
                                && (route.is("deployment", "create")
                                        || route.last().equals("redeploy")))
                        || "DELETE".equals(route.method()));
        if (deploys && !caller.inAnyGroup(security.restDeployers())) {
            return "Deployments through REST are reserved to " + String.join(", ", security.restDeployers())
                    + ": a deployment runs code on the server. Changes to the models ship through the repository.";
        }
        if (INSTANCE_INTERNALS.contains(first) && changes(route) && !caller.inAnyGroup(List.of(Groups.CAMUNDA_ADMIN))) {
            return "A running process is changed through its tasks and messages, not by writing to it directly.";
        }
        if (first.equals("task")
                && TASK_SHORTCUTS.contains(route.last())
                && !caller.inAnyGroup(List.of(Groups.CAMUNDA_ADMIN))) {
            return "A task is completed through its form; it cannot be ended by an error or an escalation.";
        }
        return null;
    }

    /** A write, other than the queries that take their filter as a POST body. */
    private static boolean changes(EngineRoute route) {
        if ("GET".equals(route.method()) || "HEAD".equals(route.method()) || "OPTIONS".equals(route.method())) {
            return false;
        }
        boolean query =
                "POST".equals(route.method()) && (route.segments().size() == 1 || route.is(route.first(), "count"));
        return !query;
    }
}
