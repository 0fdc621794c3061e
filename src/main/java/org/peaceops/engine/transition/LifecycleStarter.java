package org.peaceops.engine.transition;

import static org.peaceops.engine.transition.TransitionLifecycle.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the lifecycle of a transition registered beforehand (the portfolio import) at its stage:
 * ASSESSMENT at the start, PLANNING at joint planning, DRAWDOWN at its first phase not yet completed
 * (the phase multi-instance reads only the open ones).
 * CLOSURE at closure, POST_TRANSITION (completed within the last 24 months) at liquidation and
 * monitoring side by side. A COMPLETED transition has no lifecycle (null).
 */
@Component
public class LifecycleStarter {

    private final RuntimeService runtimeService;
    private final TransitionRegistry registry;

    public LifecycleStarter(RuntimeService runtimeService, TransitionRegistry registry) {
        this.runtimeService = runtimeService;
        this.registry = registry;
    }

    public String startAt(
            Stage stage,
            String code,
            String name,
            String hostCountry,
            String trigger,
            String startedOn,
            String transitionId) {
        Map<String, Object> variables = Map.of(
                OPERATION_CODE, code,
                OPERATION_NAME, name,
                HOST_COUNTRY, hostCountry,
                TRANSITION_TRIGGER, trigger,
                TRANSITION_STARTED_ON, startedOn,
                TRANSITION_ID, transitionId);
        if (stage == Stage.ASSESSMENT) {
            // the ordinary start, with its checks; the registration links the existing transition
            return runtimeService
                    .startProcessInstanceByKey(PROCESS_ID, code, variables)
                    .getId();
        }
        if (stage == Stage.POST_TRANSITION) {
            // liquidation and monitoring run side by side after the withdrawal: both start
            String id = runtimeService
                    .createProcessInstanceByKey(PROCESS_ID)
                    .businessKey(code)
                    .setVariables(variables)
                    .startBeforeActivity(SUBPROCESS_LIQUIDATION)
                    .startBeforeActivity(CALL_POST_TRANSITION_MONITORING)
                    .execute()
                    .getId();
            registry.attachLifecycle(transitionId, code, id);
            return id;
        }
        String activity =
                switch (stage) {
                    case PLANNING -> CALL_JOINT_TRANSITION_PLANNING;
                    case DRAWDOWN -> GATEWAY_PHASES_ON_RECORD;
                    case CLOSURE -> CALL_CLOSURE;
                    default -> null;
                };
        if (activity == null) {
            return null;
        }
        // start listeners do not run when starting before an activity: link the transition here. The
        // benchmark review's timer starts with the planning-and-drawdown scope around the activity.
        String id = runtimeService
                .createProcessInstanceByKey(PROCESS_ID)
                .businessKey(code)
                .setVariables(variables)
                .startBeforeActivity(activity)
                .execute()
                .getId();
        registry.attachLifecycle(transitionId, code, id);
        return id;
    }
}
