package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A portfolio's operations are rated side by side (a report rates them all at once): each operation
 * gets, field for field, the rating it gets on its own (statuses, reasons, latest values and
 * forecasts of its benchmarks and indicators), on dates across the reference operations' transitions.
 */
@EngineTest
class PortfolioRatingTest {

    static final List<String> REFERENCE_OPERATIONS =
            List.of("MONUSCO", "UNAMID", "UNIOGBIS", "UNMIL", "UNOCI", "MINUJUSTH");

    @Autowired
    BenchmarkStatuses statuses;

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(
            strings = {
                "2017-06-30",
                "2018-01-31",
                "2018-12-31",
                "2019-06-30",
                "2019-12-31",
                "2020-06-30",
                "2020-12-31",
                "2023-12-31",
                "2024-06-30"
            })
    void eachOperationOfAPortfolioIsRatedAsItIsOnItsOwn(LocalDate asOf) {
        Map<String, List<BenchmarkStatuses.RatedBenchmark>> together = statuses.asOf(REFERENCE_OPERATIONS, asOf);

        assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(REFERENCE_OPERATIONS);
        // an operation given another's benchmarks, or ratings of another date, would differ here
        for (String operation : REFERENCE_OPERATIONS) {
            assertThat(together.get(operation)).as(operation).isNotEmpty().isEqualTo(statuses.asOf(operation, asOf));
        }
    }
}
