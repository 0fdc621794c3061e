package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of the engine's history events are written: everything but second copies of what is kept. */
class AuditHistoryTest {

    static final String ASYNC = AsyncContinuationJobHandler.TYPE;
    static final String TIMER = TimerExecuteNestedActivityJobHandler.TYPE;

    @ParameterizedTest(name = "{0} is kept: {1}")
    @CsvSource({
        "asynchronous continuation created, false",
        "asynchronous continuation successful, false",
        "asynchronous continuation failed, true",
        "asynchronous continuation deleted, true",
        "timer created, true",
        "timer successful, true",
        "timer failed, true",
        "form field of a submission, false",
        "variable update, true",
    })
    void keepsWhatIsNotWrittenElsewhere(String event, boolean kept) {
        assertThat(AuditHistory.kept(event(event))).isEqualTo(kept);
    }

    private static HistoryEvent event(String name) {
        return switch (name) {
            case "asynchronous continuation created" -> job(ASYNC, JobState.CREATED);
            case "asynchronous continuation successful" -> job(ASYNC, JobState.SUCCESSFUL);
            case "asynchronous continuation failed" -> job(ASYNC, JobState.FAILED);
            case "asynchronous continuation deleted" -> job(ASYNC, JobState.DELETED);
            case "timer created" -> job(TIMER, JobState.CREATED);
            case "timer successful" -> job(TIMER, JobState.SUCCESSFUL);
            case "timer failed" -> job(TIMER, JobState.FAILED);
            case "form field of a submission" -> new HistoricFormPropertyEventEntity();
            case "variable update" -> new HistoricVariableUpdateEventEntity();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static HistoricJobLogEvent job(String type, JobState state) {
        var event = new HistoricJobLogEvent();
        event.setJobDefinitionType(type);
        event.setState(state.getStateCode());
        return event;
    }
}
