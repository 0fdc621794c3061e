package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.get;
import static org.peaceops.engine.hostile.HostileRequest.post;
import static org.peaceops.engine.hostile.HostileRequest.request;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/** GET /api/operations, /api/operations/{code}, /api/lessons and /api/portfolio/schema, asked wrongly. */
@EngineTest
class OperationRoutesHostileTest extends HostileApiTest {

    static Stream<HostileRequest> operations() {
        return Stream.of(
                get("/api/operations").anonymous().because("no credentials").refused(401, ""),
                get("/api/operations").as("nobody").because("an unknown user").refused(401, ""),
                get("/api/operations")
                        .anonymous()
                        .header("Authorization", "Basic !!!not-base64")
                        .because("credentials that are no Base64")
                        .refused(401, ""),
                get("/api/operations")
                        .anonymous()
                        .header("Authorization", "Bearer abc")
                        .because("another scheme")
                        .refused(401, ""),
                get("/api/operations")
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""),
                get("/api/operations")
                        .header("Accept", "not a media type")
                        .because("an Accept header that is no media type")
                        .refused(406, ""),
                request("DELETE", "/api/operations").because("deletes them all").refused(405, ""),
                post("/api/operations")
                        .json("{}")
                        .because("creates one outside the import")
                        .refused(405, ""),
                request("PUT", "/api/operations/MONUSCO")
                        .json("{}")
                        .because("replaces one")
                        .refused(405, ""),
                get("/api/operations/NOPE")
                        .because("an operation that does not exist")
                        .refused(404, "code"),
                get("/api/operations/TRAINEX")
                        .as("monusco-host")
                        .because("another tenant's operation")
                        .refused(404, "code"),
                get("/api/operations/MONUSCO")
                        .as("trainex-host")
                        .because("another tenant's operation, the other way")
                        .refused(404, "code"),
                get("/api/operations/%3Cimg%20src=x%20onerror=alert(1)%3E")
                        .because("markup as a code")
                        .refused(404, "code"),
                get("/api/operations/MONUSCO%2F..%2F..%2Factuator")
                        .because("an encoded slash")
                        .refused(400, ""),
                get("/api/operations/MONUSCO'%20OR%20'1'='1")
                        .because("SQL as a code")
                        .refused(404, "code"),
                get("/api/operations/" + "A".repeat(3000))
                        .because("a code of 3,000 letters")
                        .refused(404, "code"),
                get("/api/operations/MONUSCO")
                        .anonymous()
                        .because("no credentials")
                        .refused(401, ""));
    }

    static Stream<HostileRequest> lessonsAndSchema() {
        return Stream.of(
                get("/api/lessons?q=" + "a".repeat(201))
                        .because("a query of 201 characters")
                        .refused(400, "q"),
                get("/api/lessons?operation=TRAINEX")
                        .as("monusco-host")
                        .because("another tenant's lessons")
                        .refused(404, "operation"),
                get("/api/lessons?operation=NOPE")
                        .because("an operation that does not exist")
                        .refused(404, "operation"),
                get("/api/lessons").anonymous().because("no credentials").refused(401, ""),
                get("/api/lessons")
                        .header("Accept", "application/xml")
                        .because("asks for XML")
                        .refused(406, ""),
                post("/api/lessons")
                        .json("{}")
                        .because("writes a lesson outside its task")
                        .refused(405, ""),
                get("/api/portfolio/schema")
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""),
                post("/api/portfolio/schema")
                        .json("{}")
                        .because("replaces the schema")
                        .refused(405, ""),
                get("/api/portfolio").because("reads the import route").refused(405, ""),
                get("/api/no-such-route").because("a route that does not exist").refused(404, ""),
                get("/api/operations/MONUSCO/no-such-thing")
                        .because("a sub-route that does not exist")
                        .refused(404, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void operationRoutesRefuseHostileRequestsInTheEnvelopeAndChangeNothing(HostileRequest request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonsAndSchema")
    void lessonAndSchemaRoutesRefuseHostileRequestsInTheEnvelopeAndChangeNothing(HostileRequest request) {
        assertRefused(request);
    }
}
