package org.peaceops.engine.camunda;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Gives the engine's task list and task count the statement of {@link TaskGrantsOnce} as the engine
 * prepares it: the connection it prepares on is handed the rewritten text in place of the engine's.
 * The parameters stay as the engine bound them (the rewrite keeps their order), and nothing of
 * MyBatis' own is changed. A handler this does not know (another plugin's) is left to the engine.
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

    /** Off only in the test that compares the rewritten statements' rows with the engine's own. */
    private volatile boolean on = true;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (on && invocation.getTarget() instanceof RoutingStatementHandler handler && isTaskQuery(handler)) {
            String sql = handler.getBoundSql().getSql();
            TaskGrantsOnce.rewrite(sql).ifPresent(better -> {
                Connection connection = (Connection) invocation.getArgs()[0];
                invocation.getArgs()[0] = preparing(connection, sql, better);
            });
        }
        return invocation.proceed();
    }

    void on(boolean on) {
        this.on = on;
    }

    private static boolean isTaskQuery(RoutingStatementHandler handler) {
        var statement = SystemMetaObject.forObject(handler).getValue("delegate.mappedStatement");
        return statement instanceof MappedStatement mapped && STATEMENTS.contains(mapped.getId());
    }

    /** The connection, preparing {@code better} where it is asked to prepare {@code sql}. */
    private static Connection preparing(Connection connection, String sql, String better) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && sql.equals(args[0])) {
                        args[0] = better;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
