package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The six reference operations (imported by the demo data), rated as of dates in their
 * transitions. The expected statuses were worked out by hand from the reference portfolio and the
 * default rules, with the staleness limit of 180 days; the reasoning is beside each row.
 */
@EngineTest
class ReferenceStatusesTest {

    @Autowired
    BenchmarkStatuses statuses;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} as of {1}: {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
    # MONUSCO 2024-06-30. B1: B1.1 100% on 2024-02-28 (123 days) reaches 100 = ACHIEVED, B1.2 unmeasured; a minimum
    # condition with no data is AT_RISK. B2: B2.1 true = ACHIEVED, B2.2 measured 2024-07-01 (after), B2.3 unmeasured:
    # AT_RISK. B3: both numbers without target = NO_DATA, minimum: AT_RISK. B4 unmeasured, minimum: AT_RISK.
    # B15: milestone of 2023-12-20 is 193 days old and the 30 of 2023-12-31 is 182: both stale, minimum: AT_RISK.
    # PROV-TAN (not a minimum condition) unmeasured: NO_DATA.
    MONUSCO   | 2024-06-30 | B1=AT_RISK[B1.1=ACHIEVED B1.2=NO_DATA] B15=AT_RISK[B15.1=NO_DATA B15.2=NO_DATA] B2=AT_RISK[B2.1=ACHIEVED B2.2=NO_DATA B2.3=NO_DATA] B3=AT_RISK[B3.1=NO_DATA B3.2=NO_DATA] B4=AT_RISK[B4.1=NO_DATA] PROV-TAN=NO_DATA[PT.1=NO_DATA]
    # MONUSCO 2023-12-31: B15.1 reached 2023-12-20 = ACHIEVED, B15.2 has no target = NO_DATA: AT_RISK. Nothing
    # else is measured yet: every minimum condition is AT_RISK.
    MONUSCO   | 2023-12-31 | B1=AT_RISK[B1.1=NO_DATA B1.2=NO_DATA] B15=AT_RISK[B15.1=ACHIEVED B15.2=NO_DATA] B2=AT_RISK[B2.1=NO_DATA B2.2=NO_DATA B2.3=NO_DATA] B3=AT_RISK[B3.1=NO_DATA B3.2=NO_DATA] B4=AT_RISK[B4.1=NO_DATA] PROV-TAN=NO_DATA[PT.1=NO_DATA]
    # UNAMID 2020-06-30: D-SEC.1 of 2015 is stale; D-GOV.1 true on 2020-05-21 = ACHIEVED but D-GOV.2 unmeasured;
    # D-CAP unmeasured: the three minimum conditions are AT_RISK. D-COOP, not a minimum condition: NO_DATA.
    UNAMID    | 2020-06-30 | D-CAP=AT_RISK[D-CAP.1=NO_DATA] D-COOP=NO_DATA[D-COOP.1=NO_DATA] D-GOV=AT_RISK[D-GOV.1=ACHIEVED D-GOV.2=NO_DATA] D-SEC=AT_RISK[D-SEC.1=NO_DATA]
    # UNIOGBIS 2019-12-31: GB-ELEC.1 (2019-03-10) is 296 days old, GB-ELEC.2 (2019-12-29) ACHIEVED, GB-ELEC.3
    # measured later: a minimum condition with no data, AT_RISK. GB-REF.1 measured later: NO_DATA.
    UNIOGBIS  | 2019-12-31 | GB-ELEC=AT_RISK[GB-ELEC.1=NO_DATA GB-ELEC.2=ACHIEVED GB-ELEC.3=NO_DATA] GB-REF=NO_DATA[GB-REF.1=NO_DATA]
    # UNIOGBIS 2020-12-31: GB-ELEC.3 still false on 2020-08-31 after the benchmark's target date 2019-12-31 =
    # OFF_TRACK, so GB-ELEC is OFF_TRACK. GB-REF.1 false today, no target date: ON_TRACK.
    UNIOGBIS  | 2020-12-31 | GB-ELEC=OFF_TRACK[GB-ELEC.1=NO_DATA GB-ELEC.2=NO_DATA GB-ELEC.3=OFF_TRACK] GB-REF=ON_TRACK[GB-REF.1=ON_TRACK]
    # UNMIL 2018-01-31: LR-SEC.1 (2016-06-30) stale, minimum: AT_RISK. LR-ELEC.1 (2017-10-31, 92 days) and
    # LR-ELEC.2 (2018-01-22) reached: ACHIEVED. LR-PB.1 measured in 2019: NO_DATA.
    UNMIL     | 2018-01-31 | LR-ELEC=ACHIEVED[LR-ELEC.1=ACHIEVED LR-ELEC.2=ACHIEVED] LR-PB=NO_DATA[LR-PB.1=NO_DATA] LR-SEC=AT_RISK[LR-SEC.1=NO_DATA]
    # UNOCI 2017-06-30: the three election milestones are 249 to 614 days old, minimum: AT_RISK. CI-SEC.1 at 2 on
    # 2017-05-31 towards 0, no target date anywhere: ON_TRACK.
    UNOCI     | 2017-06-30 | CI-ELEC=AT_RISK[CI-ELEC.1=NO_DATA CI-ELEC.2=NO_DATA CI-ELEC.3=NO_DATA] CI-SEC=ON_TRACK[CI-SEC.1=ON_TRACK]
    # MINUJUSTH 2018-12-31: H1.1 and H1.2 at level 1 since 2018-07-15 (169 days), target 3 on 2019-04-30; 289 days
    # from first value to target, 169 elapsed: 1.17 levels expected, none made: OFF_TRACK. H2 measured in 2019,
    # minimum: AT_RISK. H3 measured in 2019: NO_DATA.
    MINUJUSTH | 2018-12-31 | H1=OFF_TRACK[H1.1=OFF_TRACK H1.2=OFF_TRACK] H2=AT_RISK[H2.1=NO_DATA H2.2=NO_DATA H2.3=NO_DATA] H3=NO_DATA[H3.1=NO_DATA H3.2=NO_DATA]
    # MINUJUSTH 2019-06-30: H1's values are 350 days old: NO_DATA. H2's numbers have no targets, minimum: AT_RISK.
    # H3.1 2764 over its target 1800 = ACHIEVED, H3.2 no target = NO_DATA: ON_TRACK.
    MINUJUSTH | 2019-06-30 | H1=NO_DATA[H1.1=NO_DATA H1.2=NO_DATA] H2=AT_RISK[H2.1=NO_DATA H2.2=NO_DATA H2.3=NO_DATA] H3=ON_TRACK[H3.1=ACHIEVED H3.2=NO_DATA]
    """)
    void referenceOperationsAreRatedAsWorkedOutByHand(String operation, LocalDate asOf, String expected) {
        String rated = statuses.asOf(operation, asOf).stream()
                .sorted(Comparator.comparing(BenchmarkStatuses.RatedBenchmark::code))
                .map(benchmark -> benchmark.code() + "=" + benchmark.status()
                        + benchmark.indicators().stream()
                                .sorted(Comparator.comparing(BenchmarkStatuses.RatedIndicator::code))
                                .map(indicator -> indicator.code() + "=" + indicator.status())
                                .collect(Collectors.joining(" ", "[", "]")))
                .collect(Collectors.joining(" "));

        assertThat(rated).isEqualTo(expected);
    }

    @Test
    void theApiServesTheStatusesOfTheDecisionsAsOfTheDateAsked() {
        var benchmarks = rest().get("/api/operations/UNIOGBIS/benchmarks?asOf=2020-12-31", "monusco-leadership");
        assertThat(benchmarks.status()).as("another operation's staff").isEqualTo(404);

        var json = rest().get("/api/operations/UNIOGBIS/benchmarks?asOf=2020-12-31", "hq-planner")
                .json();
        assertThat(json.findValuesAsText("status")).contains("OFF_TRACK", "ON_TRACK");
        assertThat(json.get(0).path("code").asText()).isEqualTo("GB-ELEC");
        assertThat(json.get(0).path("status").asText()).isEqualTo("OFF_TRACK");
        assertThat(json.get(0).path("reason").asText()).isEqualTo("an indicator is off track");
        assertThat(json.get(0).path("indicators").get(2).path("reason").asText())
                .isEqualTo("the target date has passed");
    }

    @ParameterizedTest(name = "asOf={0} is refused")
    @ValueSource(strings = {"2021-02-30", "yesterday", "2021-13-01"})
    void anAsOfThatIsNotARealDateIsRefusedAndNamed(String asOf) {
        var response = rest().get("/api/operations/UNIOGBIS/benchmarks?asOf=" + asOf, "hq-planner");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo("asOf");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("'" + asOf + "' is not a real calendar date");
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
