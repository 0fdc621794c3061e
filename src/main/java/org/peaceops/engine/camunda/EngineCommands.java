package org.peaceops.engine.camunda;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Work the application does on its own account, not on the caller's behalf (tenants, filters, the
 * deployed forms): it runs without the caller's authorizations, inside the engine command under way or
 * in one of its own, in the caller's transaction.
 */
@Component
public class EngineCommands {

    private final ProcessEngineConfigurationImpl engineConfiguration;

    public EngineCommands(ProcessEngineConfigurationImpl engineConfiguration) {
        this.engineConfiguration = engineConfiguration;
    }

    public void withoutAuthorization(Runnable work) {
        withoutAuthorization(() -> {
            work.run();
            return null;
        });
    }

    public <T> T withoutAuthorization(Supplier<T> work) {
        Command<T> command = commandContext -> commandContext.runWithoutAuthorization(work::get);
        var commandContext = Context.getCommandContext();
        return commandContext != null
                ? command.execute(commandContext)
                : engineConfiguration.getCommandExecutorTxRequired().execute(command);
    }
}
