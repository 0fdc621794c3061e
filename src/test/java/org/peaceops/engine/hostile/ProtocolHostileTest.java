package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.get;
import static org.peaceops.engine.hostile.HostileRequest.post;
import static org.peaceops.engine.hostile.HostileRequest.request;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;

/**
 * Requests refused before any route runs: URIs Tomcat cannot take, bodies over the limit, the error
 * page and the actuator asked directly. They too answer in the envelope, with no HTML and no server
 * name. A request with method RAW is written on a socket as it stands (its path is the request line).
 */
@EngineTest
class ProtocolHostileTest extends HostileApiTest {

    private static HostileRequest raw(String requestLine) {
        return request("RAW", requestLine);
    }

    static Stream<HostileRequest> malformed() {
        return Stream.of(
                raw("GET /api/operations/%zz HTTP/1.1")
                        .because("a percent sign that encodes nothing")
                        .refused(400, ""),
                raw("GET /api/operations/%00 HTTP/1.1")
                        .because("an encoded NUL")
                        .refused(400, ""),
                raw("GET /api/..;/actuator/env HTTP/1.1")
                        .because("a parent segment with a parameter")
                        .refused(404, ""),
                raw("GET /api/%2e%2e/actuator/env HTTP/1.1")
                        .because("an encoded parent segment")
                        .refused(404, ""),
                raw("GET /api/operations/a b HTTP/1.1")
                        .because("a space in the path")
                        .refused(400, ""),
                raw("GET /api/operations/MONUSCO\\..\\x HTTP/1.1")
                        .because("backslashes")
                        .refused(400, ""),
                raw("GET /api/operations HTTP/1.1")
                        .header("X-Padding", "p".repeat(20_000))
                        .because("a header of 20,000 characters")
                        .refused(400, ""),
                raw("POST /api/portfolio HTTP/1.1")
                        .header("Content-Type", "application/json")
                        .header("Content-Length", "99999999")
                        .because("a body announced over the limit")
                        .refused(413, ""),
                raw("POST /api/portfolio HTTP/1.1")
                        .header("Content-Type", "application/json")
                        .header("Transfer-Encoding", "chunked")
                        .withBody("chunks over the limit")
                        .because("a chunked body over the limit")
                        .refused(413, ""),
                raw("POST /api/portfolio HTTP/1.1")
                        .header("Content-Type", "application/json")
                        .header("Content-Length", "ten")
                        .because("a length that is no number")
                        .refused(400, ""));
    }

    static Stream<HostileRequest> errorPageAndActuator() {
        return Stream.of(
                get("/error")
                        .anonymous()
                        .because("the error page asked directly")
                        .refused(404, ""),
                get("/error").because("the error page asked by a user").refused(404, ""),
                post("/error").json("{}").because("the error page posted to").refused(404, ""),
                get("/error")
                        .header("Accept", "application/json")
                        .because("the error page asked for as JSON")
                        .refused(404, ""),
                get("/no-such-page")
                        .anonymous()
                        .because("a page that does not exist")
                        .refused(404, ""),
                get("/api").because("the root of the API").refused(404, ""),
                get("/actuator").anonymous().because("the actuator's index").refused(404, ""),
                get("/actuator/env").anonymous().because("the environment").refused(404, ""),
                get("/actuator/beans").because("the beans, signed in").refused(404, ""));
    }

    @Override
    RestClient.Response send(HostileRequest request) {
        if (!request.method().equals("RAW")) {
            return super.send(request);
        }
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i + 1 < request.headers().size(); i += 2) {
            headers.append(request.headers().get(i))
                    .append(": ")
                    .append(request.headers().get(i + 1))
                    .append("\r\n");
        }
        byte[] body = request.body() == null ? null : chunksOverTheLimit();
        return RawHttp.send(port, request.path(), request.user(), headers.toString(), body);
    }

    /** 1.1 MB of JSON text in chunks of 64 kB, never finished: the limit is 1 MB in the tests. */
    private static byte[] chunksOverTheLimit() {
        var chunks = new ByteArrayOutputStream();
        byte[] chunk = "[".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 18; i++) {
            chunks.writeBytes("10000\r\n".getBytes(StandardCharsets.US_ASCII));
            chunks.writeBytes(chunk);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return chunks.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void requestsTomcatOrTheLimitsRefuseAnswerInTheEnvelope(HostileRequest request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorPageAndActuator")
    void theErrorPageAndTheActuatorAnswerUnknownThingsWith404InTheEnvelope(HostileRequest request) {
        assertRefused(request);
    }
}
