package org.peaceops.engine.camunda;

import java.util.Collection;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Whether process instances still run, as the engine's own records say: looked up by id, so that no
 * authorization or tenant check of the caller changes the answer (the application asks on its own
 * account, after holding the caller to the rules of its API).
 */
@Component
public class RunningInstances {

    private final ProcessEngineConfigurationImpl engineConfiguration;

    public RunningInstances(ProcessEngineConfigurationImpl engineConfiguration) {
        this.engineConfiguration = engineConfiguration;
    }

    /** Whether any of the instances still runs: a completed or cancelled one does not; none for no id. */
    public boolean anyRunning(Collection<String> processInstanceIds) {
        var ids = processInstanceIds.stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return false;
        }
        Command<Boolean> command = commandContext ->
                ids.stream().anyMatch(id -> commandContext.getExecutionManager().findExecutionById(id) != null);
        var commandContext = Context.getCommandContext();
        return commandContext != null
                ? command.execute(commandContext)
                : engineConfiguration.getCommandExecutorTxRequired().execute(command);
    }
}
