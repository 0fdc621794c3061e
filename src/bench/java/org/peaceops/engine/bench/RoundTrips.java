package org.peaceops.engine.bench;

import java.sql.Connection;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the JDBC round trips of the whole application: every statement executed (a batch counts
 * once, as it goes to the server once) and every commit and rollback. The bench serves one request
 * at a time with the job executor off, so the difference of two readings is one request's count.
 */
final class RoundTrips implements BeanPostProcessor {

    private final LongAdder statements = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return ProxyDataSourceBuilder.create(dataSource)
                .name("bench-" + beanName)
                .afterQuery((execution, queries) -> statements.increment())
                .afterMethod(method -> {
                    if (method.getTarget() instanceof Connection) {
                        switch (method.getMethod().getName()) {
                            case "commit" -> commits.increment();
                            case "rollback" -> rollbacks.increment();
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

    String breakdown() {
        return statements.sum() + " statements, " + commits.sum() + " commits, " + rollbacks.sum() + " rollbacks";
    }
}
