package org.peaceops.engine.camunda;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;

/**
 * Gives the engine's task list and task count the statement of {@link TaskGrantsOnce} as the engine
 * prepares it: the connection it prepares on is handed the rewritten text in place of the engine's.
 * The parameters stay as the engine bound them (the rewrite keeps their order), and nothing of
 * MyBatis' own is changed. Only such a statement's handler is wrapped: every other statement (all but
 * a few of a command's) goes to the database without a proxy or a look at its text.
 */
final class TaskGrantsOnceInterceptor implements Interceptor {

    private static final String TASKS = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
    static final Set<String> STATEMENTS =
            Set.of(TASKS + "selectTaskByQueryCriteria", TASKS + "selectTaskCountByQueryCriteria");

    /**
     * The handler's statement, read through two fields looked up once: MyBatis' {@code MetaObject}
     * builds a reflector of each class on every call, which took a seventh of a busy node's CPU.
     */
    private static final Field DELEGATE = field(RoutingStatementHandler.class, "delegate");

    private static final Field MAPPED_STATEMENT = field(BaseStatementHandler.class, "mappedStatement");

    /** Off only in the test that compares the rewritten statements' rows with the engine's own. */
    private volatile boolean on = true;

    @Override
    public Object plugin(Object target) {
        if (on && target instanceof RoutingStatementHandler handler && isTaskQuery(handler)) {
            String sql = handler.getBoundSql().getSql();
            var better = TaskGrantsOnce.rewrite(sql);
            if (better.isPresent()) {
                return Plugin.wrap(target, new Rewritten(sql, better.get()));
            }
        }
        return target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        // never called: this wraps nothing itself (no @Intercepts), only with Rewritten
        return invocation.proceed();
    }

    void on(boolean on) {
        this.on = on;
    }

    private static boolean isTaskQuery(RoutingStatementHandler handler) {
        try {
            return DELEGATE.get(handler) instanceof BaseStatementHandler delegate
                    && MAPPED_STATEMENT.get(delegate) instanceof MappedStatement statement
                    && STATEMENTS.contains(statement.getId());
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("MyBatis' " + type.getSimpleName() + " has no field " + name, e);
        }
    }

    /** One statement's preparation, on a connection that prepares {@code better} where asked for {@code sql}. */
    @Intercepts(
            @Signature(
                    type = StatementHandler.class,
                    method = "prepare",
                    args = {Connection.class, Integer.class}))
    private record Rewritten(String sql, String better) implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            invocation.getArgs()[0] = preparing((Connection) invocation.getArgs()[0]);
            return invocation.proceed();
        }

        private Connection preparing(Connection connection) {
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
}
