package org.peaceops.engine.camunda;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The history the engine writes at level FULL, less the form-field entries of a submission. Every form
 * of this engine is a Camunda Form whose fields are process variables: the same values, with the same
 * task and time, are in the variable's history (each update, kept) and in the project's record of the
 * step (who recorded what, when). Task completions, decisions, variables and their updates, identity
 * links and the operation log stay as FULL writes them.
 */
final class AuditHistory implements HistoryEventHandler {

    private final HistoryEventHandler database = new DbHistoryEventHandler();

    static boolean kept(HistoryEvent event) {
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
