package org.peaceops.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A plain HTTP client for the running application, as an outside caller would use it. */
public class RestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** Variables as the engine's REST API takes them: each value under {@code value}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    /** The body of a {@code submit-form}: a form's values as variables. */
    public static Map<String, Object> submission(Map<String, Object> values) {
        return Map.of("variables", variables(values));
    }

    public RestClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Response post(String path, String user, Object body) {
        try {
            return send(request(path, user)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response patch(String path, String user, Object body) {
        return withBody("PATCH", path, user, body);
    }

    public Response put(String path, String user, Object body) {
        return withBody("PUT", path, user, body);
    }

    private Response withBody(String method, String path, String user, Object body) {
        try {
            return send(request(path, user)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response postRaw(String path, String user, String body) {
        return postRaw(path, user, "application/json", body);
    }

    public Response postRaw(String path, String user, String contentType, String body) {
        return send(request(path, user)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response putRaw(String path, String user, String body) {
        return send("PUT", path, user, body, "Content-Type", "application/json");
    }

    /** Any method, any headers (name, value, name, value...), a raw body or none: for hostile requests. */
    public Response send(String method, String path, String user, String body, String... headers) {
        var builder = request(path, user);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            // demo users' passwords equal their ids
            String credentials = user + ":" + user;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public Response(int status, String body) {
            this(status, body, java.net.http.HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }
    }
}
