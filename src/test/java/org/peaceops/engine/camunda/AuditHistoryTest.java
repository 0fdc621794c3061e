package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of the engine's history events are written: everything but second copies of what is kept. */
class AuditHistoryTest {

    @ParameterizedTest(name = "{0} is kept: {1}")
    @CsvSource({
        "job created, false",
        "job successful, false",
        "job failed, true",
        "job deleted, true",
        "form field of a submission, false",
        "variable update, true",
    })
    void keepsWhatIsNotWrittenElsewhere(String event, boolean kept) {
        assertThat(AuditHistory.kept(event(event))).isEqualTo(kept);
    }

    private static HistoryEvent event(String name) {
        return switch (name) {
            case "job created" -> job(JobState.CREATED);
            case "job successful" -> job(JobState.SUCCESSFUL);
            case "job failed" -> job(JobState.FAILED);
            case "job deleted" -> job(JobState.DELETED);
            case "form field of a submission" -> new HistoricFormPropertyEventEntity();
            case "variable update" -> new HistoricVariableUpdateEventEntity();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static HistoricJobLogEvent job(JobState state) {
        var event = new HistoricJobLogEvent();
        event.setState(state.getStateCode());
        return event;
    }
}
