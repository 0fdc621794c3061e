package org.peaceops.engine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one 24-month rule, with the contract's own examples. */
class TransitionWindowTest {

    @ParameterizedTest(name = "completed {0}, on {1}: within 24 months = {2}")
    @CsvSource({
        "2023-12-31, 2025-12-31, false",
        "2025-12-31, 2025-12-31, true",
        "2020-02-29, 2022-02-28, true",
        "2024-01-01, 2025-12-31, true",
        "2026-01-01, 2025-12-31, false"
    })
    void anOperationIsWithin24MonthsOfItsCompletion(LocalDate completed, LocalDate day, boolean within) {
        assertThat(TransitionWindow.within24Months(completed, day)).isEqualTo(within);
    }

    @ParameterizedTest(name = "completed {0}, on {1}: {2}")
    @CsvSource({
        "2021-06-30, 2026-11-29, COMPLETED",
        "2025-06-30, 2026-11-29, POST_TRANSITION",
        "2026-12-31, 2026-11-29, CLOSURE"
    })
    void theStageOfACompletedTransitionFollowsFromItsDates(LocalDate completed, LocalDate today, Stage stage) {
        assertThat(TransitionWindow.stageOfCompleted(completed, today)).isEqualTo(stage);
    }
}
