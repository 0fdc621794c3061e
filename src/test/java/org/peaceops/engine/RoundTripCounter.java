package org.peaceops.engine;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the JDBC round trips of the application under test, as the bench does: every statement
 * executed (a batch once), every commit and rollback. The tests run one at a time and without a job
 * executor, and what the application's schedule runs meanwhile is left out, so the difference of two
 * readings around a request is that request's count.
 */
public class RoundTripCounter implements BeanPostProcessor {

    private final LongAdder roundTrips = new LongAdder();
    /** The statements of the action {@link #statementsOf} runs, on its thread only. */
    private final ThreadLocal<List<String>> captured = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return ProxyDataSourceBuilder.create(dataSource)
                .name("counted-" + beanName)
                .afterQuery((execution, queries) -> {
                    if (!scheduled()) {
                        roundTrips.increment();
                    }
                    List<String> statements = captured.get();
                    if (statements != null) {
                        queries.forEach(query -> statements.add(query.getQuery()));
                    }
                })
                .afterMethod(method -> {
                    String name = method.getMethod().getName();
                    if (method.getTarget() instanceof Connection
                            && (name.equals("commit") || name.equals("rollback"))
                            && !scheduled()) {
                        roundTrips.increment();
                    }
                })
                .build();
    }

    /**
     * Work of the application's own schedule (the mail sweep every 30 seconds, the operations' meters
     * every minute) on Spring's scheduler threads, and the e-mail a commit hands to the mail threads
     * (notification.MailDelivery): not the request's, whenever it falls in its window. An import's
     * new tasks are mailed after its commit, while the next request may already be counted.
     */
    private static boolean scheduled() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith("scheduling-") || thread.startsWith("mail-");
    }

    /** The SQL the action sent, in order, as the application wrote it (parameters as {@code ?}). */
    public List<String> statementsOf(Runnable action) {
        List<String> statements = new ArrayList<>();
        captured.set(statements);
        try {
            action.run();
        } finally {
            captured.remove();
        }
        return statements;
    }

    /** The round trips of the action. */
    public long of(Runnable action) {
        long before = roundTrips.sum();
        action.run();
        return roundTrips.sum() - before;
    }
}
