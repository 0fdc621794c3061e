package org.peaceops.engine.camunda;

import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Gives the engine's task list and task count the statement of {@link TaskGrantsOnce}, just before
 * the engine prepares it. The parameters stay as the engine bound them: the rewrite keeps their order.
 */
@Intercepts(
        @Signature(
                type = StatementHandler.class,
                method = "prepare",
                args = {Connection.class, Integer.class}))
final class TaskGrantsOnceInterceptor implements Interceptor {

    private static final String TASKS = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
    static final Set<String> STATEMENTS =
            Set.of(TASKS + "selectTaskByQueryCriteria", TASKS + "selectTaskCountByQueryCriteria");

    /**
     * Rewrites by the engine's text: a query's shape (its criteria, the caller's number of groups)
     * gives the same text every time. Bounded; past the bound a statement is rewritten each time.
     */
    private static final int KEPT = 512;

    private final Map<String, Optional<String>> rewritten = new ConcurrentHashMap<>();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (invocation.getTarget() instanceof RoutingStatementHandler handler) {
            MetaObject meta = SystemMetaObject.forObject(handler);
            var statement = (MappedStatement) meta.getValue("delegate.mappedStatement");
            if (STATEMENTS.contains(statement.getId())) {
                String sql = handler.getBoundSql().getSql();
                rewrite(sql).ifPresent(better -> meta.setValue("delegate.boundSql.sql", better));
            }
        }
        return invocation.proceed();
    }

    private Optional<String> rewrite(String sql) {
        Optional<String> known = rewritten.get(sql);
        if (known != null) {
            return known;
        }
        Optional<String> result = TaskGrantsOnce.rewrite(sql);
        if (rewritten.size() < KEPT) {
            rewritten.put(sql, result);
        }
        return result;
    }
}
