package org.peaceops.engine.camunda;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.ParameterMode;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;

/**
 * Gives the engine's task list and task count the statement of {@link TaskGrantsOnce} as the engine
 * prepares it: the connection it prepares on is handed the rewritten text in place of the engine's,
 * with the numbers of {@link TaskQueryNumbers} written in. The other parameters stay as the engine
 * binds them (the rewrite keeps their order; {@link InlinedParameters} moves each to its place in the
 * shorter list), and nothing of MyBatis' own is changed. Only such a statement's handler is wrapped: every other statement (all but
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
        if (on && target instanceof RoutingStatementHandler handler) {
            MappedStatement statement = taskQuery(handler);
            if (statement != null) {
                BoundSql bound = handler.getBoundSql();
                var better = TaskGrantsOnce.rewrite(bound.getSql());
                if (better.isPresent()) {
                    var places = TaskQueryNumbers.places(better.get());
                    List<ParameterMapping> mappings = bound.getParameterMappings();
                    // nothing written in unless the statement's parameters are the engine's one for one
                    Map<Integer, Integer> numbers = places.marks().size() == mappings.size()
                            ? places.written(
                                    position -> value(statement.getConfiguration(), bound, mappings.get(position)))
                            : Map.of();
                    return Plugin.wrap(target, new Rewritten(bound.getSql(), places.inline(numbers), numbers));
                }
            }
        }
        return target;
    }

    /** A parameter's value, found where MyBatis' {@code DefaultParameterHandler} finds it. */
    private static Object value(Configuration configuration, BoundSql bound, ParameterMapping mapping) {
        String property = mapping.getProperty();
        Object parameter = bound.getParameterObject();
        if (mapping.getMode() != ParameterMode.IN) {
            return null;
        }
        if (bound.hasAdditionalParameter(property)) {
            return bound.getAdditionalParameter(property);
        }
        if (parameter == null || configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
            return parameter;
        }
        return configuration.newMetaObject(parameter).getValue(property);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        // never called: this wraps nothing itself (no @Intercepts), only with Rewritten
        return invocation.proceed();
    }

    void on(boolean on) {
        this.on = on;
    }

    /** The handler's statement when it is the task list or count, else null. */
    private static MappedStatement taskQuery(RoutingStatementHandler handler) {
        try {
            return DELEGATE.get(handler) instanceof BaseStatementHandler delegate
                            && MAPPED_STATEMENT.get(delegate) instanceof MappedStatement statement
                            && STATEMENTS.contains(statement.getId())
                    ? statement
                    : null;
        } catch (IllegalAccessException e) {
            return null;
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

    /**
     * One statement's preparation, on a connection that prepares {@code better} where asked for
     * {@code sql}, with the parameters at {@code numbers}' positions (from 0) written into it.
     */
    @Intercepts(
            @Signature(
                    type = StatementHandler.class,
                    method = "prepare",
                    args = {Connection.class, Integer.class}))
    private record Rewritten(String sql, String better, Map<Integer, Integer> numbers) implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            invocation.getArgs()[0] = preparing((Connection) invocation.getArgs()[0]);
            return invocation.proceed();
        }

        private Connection preparing(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        boolean ours =
                                method.getName().equals("prepareStatement") && args != null && sql.equals(args[0]);
                        if (ours) {
                            args[0] = better;
                        }
                        Object result = invoke(method, connection, args);
                        return ours && !numbers.isEmpty()
                                ? InlinedParameters.skipping(numbers, (PreparedStatement) result)
                                : result;
                    });
        }
    }

    static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
