package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.WorkingLanguage;
import org.peaceops.engine.staffing.StaffingRequests;
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
    private final StaffingRequests staffing;

    public LifecycleStarter(RuntimeService runtimeService, TransitionRegistry registry, StaffingRequests staffing) {
        this.runtimeService = runtimeService;
        this.registry = registry;
        this.staffing = staffing;
    }

    public String startAt(
            Stage stage,
            String code,
            String name,
            String hostCountry,
            String trigger,
            String startedOn,
            String transitionId,
            WorkingLanguage workingLanguage) {
        Map<String, Object> variables = Map.of(
                OPERATION_CODE, code,
                OPERATION_NAME, name,
                HOST_COUNTRY, hostCountry,
                TRANSITION_TRIGGER, trigger,
                TRANSITION_STARTED_ON, startedOn,
                TRANSITION_ID, transitionId,
                WORKING_LANGUAGE, workingLanguage.code());
        if (stage == Stage.ASSESSMENT) {
            // the ordinary start, with its checks; the registration links the existing transition
            return runtimeService
                    .startProcessInstanceByKey(PROCESS_ID, code, variables)
                    .getId();
        }
        // after the withdrawal, liquidation and monitoring run side by side: both start
        List<String> activities =
                switch (stage) {
                    case PLANNING -> List.of(CALL_JOINT_TRANSITION_PLANNING);
                    case DRAWDOWN -> List.of(GATEWAY_PHASES_ON_RECORD);
                    case CLOSURE -> List.of(CALL_CLOSURE);
                    case POST_TRANSITION -> List.of(SUBPROCESS_LIQUIDATION, CALL_POST_TRANSITION_MONITORING);
                    default -> List.of();
                };
        if (activities.isEmpty()) {
            return null;
        }
        // start listeners do not run when starting before an activity: link the transition here. The
        // benchmark review's timer starts with the planning-and-drawdown scope around the activity.
        var start = runtimeService
                .createProcessInstanceByKey(PROCESS_ID)
                .businessKey(code)
                .setVariables(variables);
        activities.forEach(start::startBeforeActivity);
        String id = start.execute().getId();
        registry.attachLifecycle(transitionId, code, id);
        // the registration's start listener, which asks for the operation's staff, did not run either
        staffing.request(code, name, workingLanguage);
        return id;
    }
}
