package org.peaceops.engine.camunda;

import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The history the engine writes at level FULL, less what is a second copy of it:
 *
 * <ul>
 *   <li>the form-field entries of a submission. Every form of this engine is a Camunda Form whose
 *       fields are process variables: the same values, with the same task and time, are in the
 *       variable's history (each update, kept) and in the project's record of the step (who recorded
 *       what, when);
 *   <li>a job's creation and its success: an asynchronous step of a process (opening the operation,
 *       the tasks after the terms of reference, a timer) that ran is in the activity history, with
 *       its start and end, and two more rows per step (one in the request, one in the job) are what
 *       every submit ahead of such a step paid. A job's failures (with their message) and its deletion
 *       stay: they are what someone looks for when a step did not run.
 * </ul>
 *
 * Task completions, decisions, variables and their updates, identity links and the operation log stay
 * as FULL writes them.
 */
final class AuditHistory implements HistoryEventHandler {

    private final HistoryEventHandler database = new DbHistoryEventHandler();

    static boolean kept(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job) {
            return job.getState() == JobState.FAILED.getStateCode()
                    || job.getState() == JobState.DELETED.getStateCode();
        }
        return !(event instanceof HistoricFormPropertyEventEntity);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (kept(event)) {
            database.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
