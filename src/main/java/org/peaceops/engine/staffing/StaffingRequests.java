package org.peaceops.engine.staffing;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.peaceops.engine.camunda.EngineCommands;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * Asks headquarters to staff a newly registered operation: starts {@code operation-staffing} in the
 * operation's tenant, with its code as the business key, in the transaction that registers it.
 */
@Component
public class StaffingRequests {

    private final RuntimeService runtimeService;
    private final EngineCommands commands;

    public StaffingRequests(RuntimeService runtimeService, EngineCommands commands) {
        this.runtimeService = runtimeService;
        this.commands = commands;
    }

    /**
     * Runs without the registering caller's authorizations: whoever may register an operation causes
     * its staffing, which they may not start by hand.
     */
    public void request(String operationCode, String operationName, WorkingLanguage language) {
        commands.withoutAuthorization(() -> runtimeService.startProcessInstanceByKey(
                OperationStaffing.PROCESS_ID,
                operationCode,
                Map.of(
                        OperationVariables.OPERATION_CODE, operationCode,
                        OperationVariables.OPERATION_NAME, operationName,
                        OperationVariables.WORKING_LANGUAGE, language.code())));
    }
}
