package org.peaceops.engine.planning;

import static org.peaceops.engine.planning.JointTransitionPlanning.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** When a party refuses to sign, the drafters get the reasons of every refusal. */
@Component
public class PlanSignatures {

    public void collectRefusals(DelegateExecution execution) {
        List<String> reasons = new ArrayList<>();
        if (!"SIGN".equals(execution.getVariable(HOST_SIGNATURE_DECISION))) {
            reasons.add("Host government: " + execution.getVariable(HOST_REFUSAL_REASONS));
        }
        if (!"SIGN".equals(execution.getVariable(MISSION_SIGNATURE_DECISION))) {
            reasons.add("Mission leadership: " + execution.getVariable(MISSION_REFUSAL_REASONS));
        }
        execution.setVariable(PLAN_REFUSAL_REASONS, String.join("\n", reasons));
    }
}
