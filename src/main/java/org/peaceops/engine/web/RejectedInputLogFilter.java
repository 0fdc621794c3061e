package org.peaceops.engine.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peaceops.engine.shared.InputRejectedException;
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
        EngineErrorAnswers.Answer answer = thrown != null
                ? EngineErrorAnswers.forThrown(thrown, SERVING_A_CLIENT.get() != null)
                : fromStackTraceText(format, params);
        if (answer == null) {
            return FilterReply.NEUTRAL;
        }
        if (logger.isDebugEnabled()) {
            logger.debug("Answered a client's request with {}: {}", answer.status(), answer.message());
        }
        return FilterReply.DENY;
    }

    /**
     * The webapps' engine API logs a 500 with the stack trace as the message's text (which the
     * project's filter then answers as a 4xx): read the exception and its causes from the text.
     */
    private static EngineErrorAnswers.Answer fromStackTraceText(String format, Object[] params) {
        List<Object> texts = new java.util.ArrayList<>();
        texts.add(format);
        if (params != null) {
            texts.addAll(List.of(params));
        }
        for (Object param : texts) {
            if (!(param instanceof String text)) {
                continue;
            }
            Matcher line = EXCEPTION_LINE.matcher(text);
            while (line.find()) {
                String type = line.group(1).substring(line.group(1).lastIndexOf('.') + 1);
                if (type.equals(InputRejectedException.class.getSimpleName())) {
                    return EngineErrorAnswers.rejected(400, List.of());
                }
                EngineErrorAnswers.Answer answer = EngineErrorAnswers.forEngineError(type, line.group(2));
                if (answer != null) {
                    return answer;
                }
            }
        }
        return null;
    }

    /** "[Caused by: ]some.package.SomeException: its message", at the start of a line. */
    private static final Pattern EXCEPTION_LINE =
            Pattern.compile("^(?:Caused by: )?([\\w.$]+(?:Exception|Error)): (.*)$", Pattern.MULTILINE);

    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable throwable ? throwable : null;
    }
}
