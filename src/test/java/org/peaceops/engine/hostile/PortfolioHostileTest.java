package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.post;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/** POST /api/portfolio with documents that must not be stored, not even in part. */
@EngineTest
class PortfolioHostileTest extends HostileApiTest {

    private static final String OPERATION = "/operations/0";

    /**
     * A one-operation document with a benchmark, an indicator and a measurement, each placeholder
     * replaced by raw JSON: {@code $started}, {@code $completed}, {@code $value}, {@code $asOf},
     * {@code $name}, {@code $code}.
     */
    static String document(String... replacements) {
        String document =
                """
                {"format": "transition-portfolio/1", "operations": [{
                  "code": $code, "name": $name, "type": "SPM", "hostCountry": "XAR",
                  "transition": {"trigger": "PLANNED", "startedOn": $started, "completedOn": $completed},
                  "benchmarks": [{"code": "B1", "title": "Protection", "category": "PROTECTION_OF_CIVILIANS",
                    "indicators": [{"code": "I1", "name": "Incidents", "type": "NUMBER",
                      "measurements": [{"asOf": $asOf, "value": $value}]}]}]}]}""";
        String[][] defaults = {
            {"$code", "\"HOSTILE-PF\""},
            {"$name", "\"Hostile portfolio\""},
            {"$started", "\"2020-01-15\""},
            {"$completed", "\"2021-12-31\""},
            {"$asOf", "\"2021-06-30\""},
            {"$value", "3"}
        };
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            document = document.replace(replacements[i], replacements[i + 1]);
        }
        for (String[] fallback : defaults) {
            document = document.replace(fallback[0], fallback[1]);
        }
        return document;
    }

    private static HostileRequest portfolio(String... replacements) {
        return post("/api/portfolio").json(document(replacements));
    }

    static Stream<HostileRequest> documents() {
        String started = OPERATION + "/transition/startedOn";
        String completed = OPERATION + "/transition/completedOn";
        String measurement = OPERATION + "/benchmarks/0/indicators/0/measurements/0";
        return Stream.of(
                portfolio("$started", "\"0000-01-01\"").because("year 0").refused(400, started),
                portfolio("$started", "\"+99999-01-01\"")
                        .because("a five-digit year")
                        .refused(400, started),
                portfolio("$started", "\"-0001-01-01\"")
                        .because("a year before the era")
                        .refused(400, started),
                portfolio("$started", "\"2021-02-30\"")
                        .because("the 30th of February")
                        .refused(400, started),
                portfolio("$started", "\"1945-10-23\"")
                        .because("before the Charter")
                        .refused(400, started),
                portfolio("$completed", "\"2101-01-01\"")
                        .because("the next century")
                        .refused(400, completed),
                portfolio("$completed", "\"2019-12-31\"")
                        .because("completed before it started")
                        .refused(400, completed),
                portfolio("$asOf", "\"2021-02-29\"")
                        .because("a measurement on no day")
                        .refused(400, measurement + "/asOf"),
                portfolio("$value", "NaN").because("NaN").refused(400, measurement + "/value"),
                portfolio("$value", "Infinity").because("Infinity").refused(400, measurement + "/value"),
                portfolio("$value", "1e400").because("beyond a double").refused(400, measurement + "/value"),
                portfolio("$value", "\"NaN\"").because("NaN as text").refused(400, measurement + "/value"),
                portfolio("$name", "\"" + longText(2001) + "\"")
                        .because("a name of 2,001 characters")
                        .refused(400, OPERATION + "/name"),
                portfolio("$name", "\"a\\u0000b\"").because("a NUL in the name").refused(400, OPERATION + "/name"),
                post("/api/portfolio")
                        .json(document()
                                .replace(
                                        "\"benchmarks\": [",
                                        "\"phases\": [{\"seq\": 1, \"name\": \"West\", \"areas\": [\"Kidal\", \"Ga\\u0000o\"]}],"
                                                + " \"benchmarks\": ["))
                        .because("a NUL in a phase's area, a text inside a list")
                        .refused(400, OPERATION + "/phases/0/areas/1"),
                portfolio("$code", "\"MONUSCO\"")
                        .because("an operation that exists")
                        .refused(409, OPERATION + "/code"),
                portfolio("$code", "\"monusco\"")
                        .because("a code in lower case")
                        .refused(400, OPERATION + "/code"),
                post("/api/portfolio")
                        .json(document()
                                .replace(
                                        "\"operations\": [{",
                                        "\"operations\": [{\"code\": \"X-1\", \"name\": \"x\"}, {"))
                        .because("an incomplete operation before a good one")
                        .refused(400, OPERATION),
                post("/api/portfolio")
                        .json(document().replace("\"transition-portfolio/1\"", "\"transition-portfolio/2\""))
                        .because("another format")
                        .refused(400, "/format"),
                post("/api/portfolio")
                        .json(document()
                                .replace(
                                        "\"format\": \"transition-portfolio/1\",",
                                        "\"format\": \"transition-portfolio/1\", \"note\": \"" + longText(2001)
                                                + "\","))
                        .because("a note of 2,001 characters")
                        .refused(400, "/note"),
                post("/api/portfolio").json("[]").because("an array").refused(400, ""),
                post("/api/portfolio")
                        .json("{\"format\": ")
                        .because("JSON cut short")
                        .refused(400, "/format"),
                post("/api/portfolio").json("").because("no body").refused(400, ""),
                post("/api/portfolio")
                        .json("{\"a\":".repeat(3000) + "1" + "}".repeat(3000))
                        .because("3,000 nested objects")
                        .refused(400, ""),
                portfolio()
                        .as("monusco-host")
                        .because("a host government imports")
                        .refused(403, ""),
                portfolio()
                        .as("transition-officer")
                        .because("the transition cell imports")
                        .refused(403, ""),
                portfolio().anonymous().because("no credentials").refused(401, ""),
                post("/api/portfolio")
                        .withBody(document())
                        .header("Content-Type", "text/plain")
                        .because("JSON sent as plain text")
                        .refused(415, ""),
                portfolio("$name", "\"" + longText(1_100_000) + "\"")
                        .because("over the size limit")
                        .refused(413, ""),
                portfolio()
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aHostileDocumentIsRefusedNamingItsPointerAndNothingOfItIsStored(HostileRequest request) {
        assertRefused(request);
    }
}
