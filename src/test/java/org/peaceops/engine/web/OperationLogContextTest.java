package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The log's MDC names the operation a request of /api concerns, and only while it is served. */
class OperationLogContextTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "/api/operations/MONUSCO, MONUSCO",
                "/api/operations/MINUJUSTH-2/benchmarks, MINUJUSTH-2",
                "/api/operations/MONUSCO/indicators/B1-I1/measurements, MONUSCO",
                "/api/operations, none",
                "/api/operations/%0AFORGED, none",
                "/api/reports/transition-status, none"
            })
    void theOperationOfThePathIsInTheLogContextWhileTheRequestIsServed(String path, String expected) throws Exception {
        var seen = new AtomicReference<String>();
        var request = new MockHttpServletRequest("GET", path);

        new OperationLogContext()
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(MDC.get("operation")));

        assertThat(seen.get()).isEqualTo(expected);
        assertThat(MDC.get("operation")).as("cleared after the request").isNull();
    }
}
