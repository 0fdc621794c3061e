package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.get;
import static org.peaceops.engine.hostile.HostileRequest.post;
import static org.peaceops.engine.hostile.HostileRequest.request;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/** The risk register's routes: every field held to its rule, every body to JSON of the right shape. */
@EngineTest
class RiskRoutesHostileTest extends HostileApiTest {

    private static final String RISKS = "/api/operations/MONUSCO/risks";
    private static final String RISK = RISKS + "/{risk}";

    /** A risk of MONUSCO with one field replaced by a raw JSON value. */
    static String riskWith(String field, String rawJson) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("category", "\"SECURITY\"");
        fields.put("description", "\"Armed groups return to vacated sites\"");
        fields.put("likelihood", "\"MEDIUM\"");
        fields.put("impact", "\"HIGH\"");
        fields.put("owner", "\"Force commander\"");
        fields.put(field, rawJson);
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (value != null) {
                json.append(json.length() > 1 ? ", " : "")
                        .append('"')
                        .append(name)
                        .append("\": ")
                        .append(value);
            }
        });
        return json.append('}').toString();
    }

    static Stream<HostileRequest> newRisks() {
        return Stream.of(
                post(RISKS)
                        .json(riskWith("category", null))
                        .because("no category")
                        .refused(400, "/category"),
                post(RISKS)
                        .json(riskWith("category", "\"WEATHER\""))
                        .because("an unknown category")
                        .refused(400, "/category"),
                post(RISKS)
                        .json(riskWith("likelihood", "\"low\""))
                        .because("a level in lower case")
                        .refused(400, "/likelihood"),
                post(RISKS)
                        .json(riskWith("impact", "[\"HIGH\"]"))
                        .because("a level in a list")
                        .refused(400, "/impact"),
                post(RISKS)
                        .json(riskWith("status", "\"DELETED\""))
                        .because("an unknown status")
                        .refused(400, "/status"),
                post(RISKS)
                        .json(riskWith("description", "\"" + longText(2001) + "\""))
                        .because("a description of 2,001 characters")
                        .refused(400, "/description"),
                post(RISKS)
                        .json(riskWith("description", "\"before\\u0000after\""))
                        .because("a NUL in the description")
                        .refused(400, "/description"),
                post(RISKS)
                        .json(riskWith("description", "\"\\u001b[31mred\""))
                        .because("a terminal escape in the description")
                        .refused(400, "/description"),
                post(RISKS)
                        .json(riskWith("description", "5"))
                        .because("a number as description")
                        .refused(400, "/description"),
                post(RISKS)
                        .json(riskWith("description", "NaN"))
                        .because("NaN as description")
                        .refused(400, "/description"),
                post(RISKS)
                        .json(riskWith("description", "1e400"))
                        .because("a number beyond double")
                        .refused(400, "/description"),
                post(RISKS)
                        .json(riskWith("owner", "\"" + longText(256) + "\""))
                        .because("an owner of 256 characters")
                        .refused(400, "/owner"),
                post(RISKS)
                        .json(riskWith("mitigation", "\"" + longText(4001) + "\""))
                        .because("a mitigation of 4,001 characters")
                        .refused(400, "/mitigation"),
                post(RISKS)
                        .json(riskWith("id", "7"))
                        .because("a field a risk does not have")
                        .refused(400, "/id"),
                post(RISKS).json("[]").because("an array").refused(400, ""),
                post(RISKS).json("\"risk\"").because("a string").refused(400, ""),
                post(RISKS).json("").because("no body").refused(400, ""),
                post(RISKS).json("{").because("JSON cut short").refused(400, ""),
                post(RISKS)
                        .json("[".repeat(5000) + "]".repeat(5000))
                        .because("5,000 nested arrays")
                        .refused(400, ""),
                post(RISKS)
                        .json("{\"description\": \"a\", \"description\": }")
                        .because("broken JSON")
                        .refused(400, "/description"),
                post(RISKS)
                        .withBody(riskWith("owner", "\"x\""))
                        .header("Content-Type", "text/plain")
                        .because("JSON sent as plain text")
                        .refused(415, ""),
                post(RISKS)
                        .json(riskWith("owner", "\"" + longText(1_100_000) + "\""))
                        .because("a body over the size limit")
                        .refused(413, ""),
                post(RISKS)
                        .json(riskWith("owner", "\"x\""))
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""),
                post(RISKS)
                        .as("trainex-host")
                        .json(riskWith("owner", "\"x\""))
                        .because("another tenant's register")
                        .refused(404, "code"),
                post("/api/operations/NOPE/risks")
                        .json(riskWith("owner", "\"x\""))
                        .because("no such operation")
                        .refused(404, "code"),
                post(RISKS)
                        .anonymous()
                        .json(riskWith("owner", "\"x\""))
                        .because("no credentials")
                        .refused(401, ""),
                request("PUT", RISKS)
                        .json("[]")
                        .because("replaces the register")
                        .refused(405, ""),
                request("DELETE", RISKS).because("empties the register").refused(405, ""));
    }

    static Stream<HostileRequest> changedRisks() {
        return Stream.of(
                request("PATCH", RISK)
                        .json("{\"status\": \"GONE\"}")
                        .because("an unknown status")
                        .refused(400, "/status"),
                request("PATCH", RISK)
                        .json("{\"description\": \"" + longText(2001) + "\"}")
                        .because("a description of 2,001 characters")
                        .refused(400, "/description"),
                request("PATCH", RISK)
                        .json("{\"category\": [\"SECURITY\"]}")
                        .because("a list")
                        .refused(400, "/category"),
                request("PATCH", RISK)
                        .json("{\"owner\": \"a\\u0007b\"}")
                        .because("a bell in the owner")
                        .refused(400, "/owner"),
                request("PATCH", RISK)
                        .json("{\"owner\": {\"name\": \"x\"}}")
                        .because("an object")
                        .refused(400, "/owner"),
                request("PATCH", RISK)
                        .json("{\"risk\": \"x\"}")
                        .because("a field a risk does not have")
                        .refused(400, "/risk"),
                request("PATCH", RISK).json("null").because("null").refused(400, ""),
                request("PATCH", RISKS + "/abc")
                        .json("{}")
                        .because("an id that is no number")
                        .refused(400, "id"),
                request("PATCH", RISKS + "/99999999999999999999")
                        .json("{}")
                        .because("an id beyond a long")
                        .refused(400, "id"),
                request("PATCH", RISKS + "/999999999")
                        .json("{}")
                        .because("no such risk")
                        .refused(404, "id"),
                request("PATCH", RISKS + "/-1")
                        .json("{}")
                        .because("a negative id")
                        .refused(404, "id"),
                request("PATCH", RISK)
                        .as("trainex-host")
                        .json("{}")
                        .because("another tenant's risk")
                        .refused(404, "code"),
                request("PATCH", "/api/operations/TRAINEX/risks/{risk}")
                        .json("{\"status\": \"CLOSED\"}")
                        .because("MONUSCO's risk through another operation")
                        .refused(404, "id"),
                request("PATCH", RISK)
                        .withBody("status=CLOSED")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .because("a form")
                        .refused(415, ""),
                request("DELETE", RISK).because("deletes a risk").refused(405, ""),
                get(RISK).because("reads one risk, a route that does not exist").refused(405, ""));
    }

    @BeforeEach
    void monuscoHasARisk() {
        if (monuscoRisk() == 0) {
            rest.post(
                    RISKS,
                    "hq-planner",
                    Map.of(
                            "category", "SECURITY",
                            "description", "Armed groups return to vacated sites",
                            "likelihood", "MEDIUM",
                            "impact", "HIGH",
                            "owner", "Force commander"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newRisks")
    void aNewRiskIsRefusedFieldByFieldAndNothingIsStored(HostileRequest request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changedRisks")
    void aChangeToARiskIsRefusedFieldByFieldAndTheRiskStaysAsItWas(HostileRequest request) {
        assertRefused(request);
    }
}
