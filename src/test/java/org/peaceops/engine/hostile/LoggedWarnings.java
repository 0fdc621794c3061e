package org.peaceops.engine.hostile;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/** What the server logged at WARN or above while a request was served: a refusal logs nothing. */
final class LoggedWarnings {

    private LoggedWarnings() {}

    record Served<T>(T response, List<String> warnings) {}

    static <T> Served<T> whileServing(Supplier<T> request) {
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        try {
            T response = request.get();
            return new Served<>(
                    response,
                    appender.list.stream()
                            .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                            .map(ILoggingEvent::getFormattedMessage)
                            .toList());
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
