package org.peaceops.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers that only the outcome tells apart: the engine's answer to a request that lost a race, or
 * that names a task that is not there, turned into what happened (404 for a task gone, 409 for a
 * message received already). Runs inside {@link EngineInputGuard}, so a JSON body is already read.
 */
final class LostRaceAnswers extends OncePerRequestFilter {

    private final Callers callers;
    private final SubmissionForms forms;
    private final ReceivedMessages received;
    private final TransitionRegistry registry;
    private final PlatformTransactionManager transactions;

    LostRaceAnswers(
            Callers callers,
            SubmissionForms forms,
            ReceivedMessages received,
            TransitionRegistry registry,
            PlatformTransactionManager transactions) {
        this.callers = callers;
        this.forms = forms;
        this.received = received;
        this.registry = registry;
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRoute route = EngineRoute.of(request);
        if (route != null
                && route.is("task", "*", "deployed-form")
                && !forms.taskExists(route.segments().get(1))) {
            // the engine fails on a task that does not exist with a NullPointerException (a 500)
            EngineErrorAnswers.write(
                    response, EngineErrorAnswers.taskNotFound(route.segments().get(1)));
            return;
        }
        JsonNode body = request instanceof CachedBodyRequest cached ? cached.json() : null;
        if (route != null && route.writes() && route.is("task", "*", "*")) {
            answerATaskGoneMeanwhile(route.segments().get(1), request, response, chain);
        } else if (route != null && route.is("message") && body != null && body.hasNonNull("businessKey")) {
            answerAMessageReceivedAlready(body, callers.of(request), request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * When two people complete a task at the same moment, the loser may find the task still there but
     * its grant already gone with the winner's completion: the engine answers 403. The task is gone,
     * and the answer says so.
     */
    private void answerATaskGoneMeanwhile(
            String taskId, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN && !forms.taskExists(taskId)) {
            buffered.resetBuffer();
            EngineErrorAnswers.write(
                    response,
                    new EngineErrorAnswers.Answer(
                            404,
                            "InvalidRequestException",
                            "Cannot find task with id " + taskId + ": someone else has just completed it.",
                            List.of()));
            return;
        }
        buffered.copyBodyToResponse();
    }

    /**
     * A message that no process waits for any more because it was received already (sent twice, or
     * by two people at once) is a conflict with what happened: 409, not the engine's 400.
     */
    private void answerAMessageReceivedAlready(
            JsonNode body,
            Callers.Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        String businessKey = body.get("businessKey").asText();
        oneAtATime(businessKey, request, buffered, chain);
        String messageName = body.path("messageName").asText("");
        if (buffered.getStatus() == HttpServletResponse.SC_BAD_REQUEST
                && caller != null
                && new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8)
                        .contains("Cannot correlate message")
                && received.alreadyReceived(caller, businessKey, messageName)) {
            buffered.resetBuffer();
            EngineErrorAnswers.write(
                    response,
                    new EngineErrorAnswers.Answer(
                            409,
                            "ConflictException",
                            messageName + " for " + businessKey
                                    + " has been received already; nothing waits for it now.",
                            List.of()));
            return;
        }
        buffered.copyBodyToResponse();
    }

    /**
     * Two copies of a message for the same operation are correlated one after the other, the
     * operation's row held for the engine's transaction (which joins this one): the second then finds
     * nothing waiting, a clear answer, instead of racing the first inside the engine.
     */
    private void oneAtATime(
            String businessKey, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var template = new TransactionTemplate(transactions);
        try {
            template.executeWithoutResult(status -> {
                registry.holdForThisTransaction(businessKey);
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (UnexpectedRollbackException refused) {
            // the engine refused the message and rolled its work back; its answer is in the response
        }
    }
}
