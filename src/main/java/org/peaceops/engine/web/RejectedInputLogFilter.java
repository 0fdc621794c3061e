package org.peaceops.engine.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps a client's mistakes out of the error log. The engine logs every exception that ends a command
 * (and its REST layer every 500) with a stack trace, a form that a user filled in wrongly, a lost race
 * and a task of another operation included; the caller already got a 4xx that says what happened
 * ({@link EngineErrorAnswers}), so such an exception is logged in one line at DEBUG instead.
 */
public final class RejectedInputLogFilter extends TurboFilter {

    private static final String ENGINE = "org.camunda.bpm.engine";

    /**
     * Set while the engine serves a client's request: a broken unique constraint there is a race the
     * client lost and was told of (409); anywhere else, in a job, it is a defect and stays in the log.
     */
    private static final ThreadLocal<Boolean> SERVING_A_CLIENT = new ThreadLocal<>();

    static void servingAClient(boolean serving) {
        if (serving) {
            SERVING_A_CLIENT.set(Boolean.TRUE);
        } else {
            SERVING_A_CLIENT.remove();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (!level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith(ENGINE)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : lastThrowable(params);
        EngineErrorAnswers.Answer answer =
                thrown == null ? null : EngineErrorAnswers.forThrown(thrown, SERVING_A_CLIENT.get() != null);
        if (answer == null) {
            return FilterReply.NEUTRAL;
        }
        if (logger.isDebugEnabled()) {
            logger.debug("Answered a client's request with {}: {}", answer.status(), answer.message());
        }
        return FilterReply.DENY;
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable throwable ? throwable : null;
    }
}
