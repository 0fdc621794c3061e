package org.peaceops.engine.camunda;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Moves a timer of an operation's lifecycle (the next review, report or drawdown check). The caller
 * has been held to the rules of the API (its operation, its groups); moving the timer is the engine's
 * own business, whoever asked.
 */
@Component
public class LifecycleTimers {

    private final ProcessEngineConfigurationImpl engine;

    public LifecycleTimers(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /** False when the instance has no timer waiting at that activity. */
    public boolean move(String processInstanceId, String timerActivityId, Date due) {
        if (processInstanceId == null) {
            return false;
        }
        return engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            List<JobEntity> timers = context.getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                    .filter(job -> timerActivityId.equals(job.getActivityId()))
                    .toList();
            timers.forEach(job -> new SetJobDuedateCmd(job.getId(), due, false).execute(context));
            return !timers.isEmpty();
        });
    }
}
