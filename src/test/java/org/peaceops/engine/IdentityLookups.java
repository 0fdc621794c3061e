package org.peaceops.engine;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;

/**
 * Counts the engine commands that look up who someone is: password checks and user, group and tenant
 * queries, from every thread (the tests run one at a time, so a difference of two readings is what
 * happened in between).
 */
public class IdentityLookups extends AbstractCamundaConfiguration {

    private static final Pattern LOOK_UPS = Pattern.compile("CheckPassword|(User|Group|Tenant)Query");

    private final AtomicLong count = new AtomicLong();

    public long count() {
        return count.get();
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        var withCount = interceptors == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(interceptors);
        withCount.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (LOOK_UPS.matcher(command.getClass().getSimpleName()).find()) {
                    count.incrementAndGet();
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(withCount);
    }
}
