package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownAlert.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.camunda.TaskTexts;
import org.springframework.stereotype.Component;

/**
 * The two answers to a phase overrunning its end: mission leadership's (the reason and a revised end)
 * and headquarters' endorsement of it, each recorded with who and when.
 */
@Component
public class OverrunEndorsements {

    public static final String SUBPROCESS_ANSWER_OVERRUNNING_PHASE = "SubProcess_AnswerOverrunningPhase";
    public static final String TASK_ENDORSE_REVISED_END = "Task_EndorseRevisedPhaseEnd";
    public static final String GATEWAY_REVISED_END_ENDORSED = "Gateway_RevisedEndEndorsed";
    public static final String END_REVISED_END_ENDORSED = "EndEvent_RevisedEndEndorsed";
    public static final String FORM_ENDORSE_REVISED_END = "form-endorse-revised-phase-end";
    /** Mission leadership's answer in phase_overrun_answer, and who gave it (local to one phase). */
    public static final String OVERRUN_ANSWER_ID = "overrunAnswerId";

    public static final String OVERRUN_ANSWERED_BY = "overrunAnsweredBy";
    /** Headquarters' answer: ENDORSE or RETURN, with their note. */
    public static final String OVERRUN_ENDORSEMENT = "overrunEndorsement";

    public static final String ENDORSEMENT_NOTE = "endorsementNote";
    public static final String ENDORSE = "ENDORSE";
    public static final String RETURN = "RETURN";

    private final OverrunAnswers answers;
    private final PhaseRecords phases;
    private final TaskTexts texts;
    private final CurrentUser currentUser;

    public OverrunEndorsements(OverrunAnswers answers, PhaseRecords phases, TaskTexts texts, CurrentUser currentUser) {
        this.answers = answers;
        this.phases = phases;
        this.texts = texts;
        this.currentUser = currentUser;
    }

    /** Task_ResolveOverrunningPhase, completed: mission leadership's answer, for headquarters to endorse. */
    public void answered(DelegateTask task) {
        String user = currentUser.completing(task);
        long answerId = answers.answered(
                task.getExecution().getProcessBusinessKey(),
                (Long) task.getVariable(OVERRUNNING_PHASE_ID),
                FormValues.date(task, REVISED_END),
                FormValues.text(task, OVERRUN_EXPLANATION),
                user);
        task.getExecution().setVariable(OVERRUN_ANSWER_ID, answerId);
        task.getExecution().setVariable(OVERRUN_ANSWERED_BY, user);
    }

    /** Task_EndorseRevisedPhaseEnd, created: named after the phase, with its planned end. */
    public void toEndorse(DelegateTask task) {
        long phaseId = (Long) task.getVariable(OVERRUNNING_PHASE_ID);
        var phase = phases.phase(phaseId);
        texts.describe(task, phase.label());
        task.setVariableLocal(DrawdownPhase.PHASE_NAME, phase.label());
        // the plan as it was, beside the revised end mission leadership gives
        task.setVariableLocal(PLANNED_END, String.valueOf(phase.plannedEnd()));
    }

    /** Task_EndorseRevisedPhaseEnd, completed: headquarters endorse the answer or return it. */
    public void endorsed(DelegateTask task) {
        answers.endorsed(
                (Long) task.getVariable(OVERRUN_ANSWER_ID),
                FormValues.text(task, OVERRUN_ENDORSEMENT),
                FormValues.text(task, ENDORSEMENT_NOTE),
                currentUser.completing(task));
    }
}
