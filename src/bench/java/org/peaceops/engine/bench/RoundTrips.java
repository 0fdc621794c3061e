package org.peaceops.engine.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the JDBC round trips of the whole application: every statement executed (a batch counts
 * once, as it goes to the server once) and every commit and rollback, and times the statements. The
 * bench serves one request at a time with the job executor off, so the difference of two readings is
 * one request's count.
 * While {@link #capture()} is on, it also writes down each round trip, to show where they go.
 */
final class RoundTrips implements BeanPostProcessor {

    private final LongAdder statements = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();
    private volatile List<String> captured;
    private final LongAdder waited = new LongAdder();
    private final ThreadLocal<Long> started = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return ProxyDataSourceBuilder.create(dataSource)
                .name("bench-" + beanName)
                .beforeQuery((execution, queries) -> started.set(System.nanoTime()))
                .afterQuery((execution, queries) -> {
                    Long at = started.get();
                    if (at != null) {
                        waited.add(System.nanoTime() - at);
                    }
                    statements.increment();
                    note(execution, queries);
                })
                .afterMethod(method -> {
                    if (method.getTarget() instanceof Connection) {
                        switch (method.getMethod().getName()) {
                            case "commit" -> {
                                commits.increment();
                                note("commit");
                            }
                            case "rollback" -> {
                                rollbacks.increment();
                                note("rollback");
                            }
                            default -> {}
                        }
                    }
                })
                .build();
    }

    /** Statements, commits and rollbacks so far. */
    long total() {
        return statements.sum() + commits.sum() + rollbacks.sum();
    }

    /**
     * Nanoseconds spent in statements' executions so far, on every thread: what the driver waited for
     * the database (rows included, as the driver reads them all before it returns) and its own work.
     */
    long waitedNanos() {
        return waited.sum();
    }

    String breakdown() {
        return statements.sum() + " statements, " + commits.sum() + " commits, " + rollbacks.sum() + " rollbacks";
    }

    /** Writes down every round trip from now on, one line each. */
    void capture() {
        captured = Collections.synchronizedList(new ArrayList<>());
    }

    /** What was written down since {@link #capture()}; writing down stops. */
    List<String> stopCapture() {
        List<String> lines = captured;
        captured = null;
        return lines;
    }

    private void note(ExecutionInfo execution, List<QueryInfo> queries) {
        if (captured == null) {
            return;
        }
        StringBuilder line = new StringBuilder();
        queries.forEach(query -> line.append(query.getQuery().replaceAll("\\s+", " ")));
        if (execution.isBatch()) {
            line.append(" [batch of ").append(execution.getBatchSize()).append("]");
        }
        note(line.toString());
    }

    private void note(String line) {
        List<String> lines = captured;
        if (lines != null) {
            lines.add(line);
        }
    }
}
