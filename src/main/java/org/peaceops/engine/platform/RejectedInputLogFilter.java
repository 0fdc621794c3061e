package org.peaceops.engine.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps refused user input out of the error log. The engine logs every exception that ends a command
 * (and its REST layer every 500) with a stack trace, a form that a user filled in wrongly included;
 * the caller already got a 400 that says what to fix, so such a refusal is logged in one line at
 * DEBUG instead.
 */
public class RejectedInputLogFilter extends TurboFilter {

    private static final String ENGINE = "org.camunda.bpm.engine";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (!level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith(ENGINE)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : lastThrowable(params);
        InputRejectedException rejected = InputRejectedException.findIn(thrown);
        if (rejected == null) {
            return FilterReply.NEUTRAL;
        }
        if (logger.isDebugEnabled()) {
            logger.debug("Refused input ({}): {}", rejected.status(), rejected.getMessage());
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
