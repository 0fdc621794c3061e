package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.get;
import static org.peaceops.engine.hostile.HostileRequest.post;
import static org.peaceops.engine.hostile.HostileRequest.request;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/**
 * The transition dashboard is read-only and for transition managers and administrators: staff,
 * headquarters and designers are refused with 403 before it reads anything, anonymous callers with
 * 401, an operation the caller may not see with the same 404 as one that does not exist.
 */
@EngineTest
class DashboardRoutesHostileTest extends HostileApiTest {

    private static final String PORTFOLIO = "/api/dashboard/portfolio";
    private static final String MONUSCO = "/api/dashboard/operations/MONUSCO";

    static Stream<HostileRequest> dashboard() {
        return Stream.of(
                get(PORTFOLIO)
                        .as("transition-officer")
                        .because("staff of the operation")
                        .refused(403, ""),
                get(MONUSCO).as("monusco-host").because("the host government").refused(403, ""),
                get(MONUSCO)
                        .as("monusco-leadership")
                        .because("mission leadership reads the instances, not every group's work")
                        .refused(403, ""),
                get(PORTFOLIO)
                        .as("hq-planner")
                        .because("headquarters has no Cockpit and reads no other group's tasks")
                        .refused(403, ""),
                get(PORTFOLIO)
                        .as("designer")
                        .because("designers follow models, not operations")
                        .refused(403, ""),
                get(PORTFOLIO).anonymous().because("no credentials").refused(401, ""),
                get("/api/dashboard/operations/NOPE")
                        .as("manager")
                        .because("an operation that does not exist")
                        .refused(404, "code"),
                get(PORTFOLIO)
                        .as("manager")
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""),
                post(PORTFOLIO)
                        .as("manager")
                        .json("{}")
                        .because("writes to a read-only view")
                        .refused(405, ""),
                request("DELETE", MONUSCO)
                        .as("demo")
                        .because("deletes an operation's dashboard")
                        .refused(405, ""),
                get("/api/dashboard/operations/MONUSCO/tasks")
                        .as("manager")
                        .because("a route that does not exist")
                        .refused(404, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dashboard")
    void theDashboardRefusesWhoeverMayNotReadItAndWritesNothing(HostileRequest request) {
        assertRefused(request);
    }
}
