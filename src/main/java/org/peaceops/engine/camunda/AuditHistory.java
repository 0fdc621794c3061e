package org.peaceops.engine.camunda;

import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;

/**
 * The history the engine writes at level FULL, less what is a second copy of it:
 *
 * <ul>
 *   <li>the form-field entries of a submission. Every form of this engine is a Camunda Form whose
 *       fields are process variables: the same values, with the same task and time, are in the
 *       variable's history (each update, kept) and in the project's record of the step (who recorded
 *       what, when);
 *   <li>the creation and the success of an asynchronous continuation: a step of a process that runs
 *       after its request's commit (opening the operation, the tasks after the terms of reference,
 *       each analysis joining the others) is in the activity history, with its start and end, and two
 *       more rows per step (one in the request, one in the job) are what every submit ahead of such a
 *       step paid. Their failures (with their message) and deletions stay: they are what someone
 *       looks for when a step did not run. A timer's log stays whole: when a deadline or a periodic
 *       review fired, and that it fired once across the nodes, is read there.
 * </ul>
 *
 * Task completions, decisions, variables and their updates, identity links and the operation log stay
 * as FULL writes them.
 */
final class AuditHistory implements HistoryEventHandler {

    private final HistoryEventHandler database = new DbHistoryEventHandler();

    static boolean kept(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job
                && AsyncContinuationJobHandler.TYPE.equals(job.getJobDefinitionType())) {
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
