package org.peaceops.engine.reporting;

import static org.peaceops.engine.reporting.CouncilReporting.TRANSITION_SECTION;
import static org.peaceops.engine.reporting.CouncilReporting.TRANSITION_SECTION_DRAFTED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * Assignment listener of "Draft the transition section": when HQ takes the task, the draft is written
 * again from the records as they stand, so that its figures are today's and not those of the day the
 * report opened. A draft someone changed (it differs from what the records last wrote) is theirs and
 * stays as it is.
 */
@Component
public class TransitionSectionRefreshListener implements TaskListener {

    private final TransitionSectionDraft sections;
    private final Clock clock;

    public TransitionSectionRefreshListener(TransitionSectionDraft sections, Clock clock) {
        this.sections = sections;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null
                || !Objects.equals(
                        task.getVariable(TRANSITION_SECTION), task.getVariable(TRANSITION_SECTION_DRAFTED))) {
            return;
        }
        String draft = sections.of(
                task.getExecution().getProcessBusinessKey(), LocalDate.now(clock), WorkingLanguage.of((String)
                        task.getVariable(OperationVariables.WORKING_LANGUAGE)));
        task.setVariable(TRANSITION_SECTION, draft);
        task.setVariable(TRANSITION_SECTION_DRAFTED, draft);
    }
}
