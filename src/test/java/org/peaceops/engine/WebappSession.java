package org.peaceops.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A session in the Camunda webapps, signed in as Tasklist signs in (form login with the webapps'
 * CSRF token), for calling the webapps' engine API as Tasklist calls it.
 */
public class WebappSession {

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;
    private String csrfToken;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.cookies = new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    private WebappSession(WebappSession browser, int port) {
        this.base = "http://localhost:" + port;
        this.cookies = browser.cookies;
        this.http = browser.http;
        this.csrfToken = browser.csrfToken;
    }

    /** The same browser (its cookies and CSRF token) talking to another node, as behind a load balancer. */
    public WebappSession on(int port) {
        return new WebappSession(this, port);
    }

    public static WebappSession signIn(int port, String user) {
        var session = tryToSignIn(port, user, "tasklist");
        if (session == null) {
            throw new IllegalStateException("login of " + user + " to tasklist failed");
        }
        return session;
    }

    /** Signs in to one of the webapps (tasklist, cockpit, admin); null when the webapp refuses the user. */
    public static WebappSession tryToSignIn(int port, String user, String app) {
        var session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/"))
                .GET());
        var login = session.send(HttpRequest.newBuilder(
                        URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(user))));
        if (login.statusCode() != 200) {
            return null;
        }
        // signing in starts a new session with a new CSRF token, handed out on the next GET
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/"))
                .GET());
        return session;
    }

    public RestClient.Response get(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        return new RestClient.Response(response.statusCode(), response.body(), response.headers());
    }

    /** As a browser opens a page: it asks for HTML. */
    public RestClient.Response page(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml")
                .GET());
        return new RestClient.Response(response.statusCode(), response.body());
    }

    public RestClient.Response postJson(String path, String json) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        return new RestClient.Response(response.statusCode(), response.body(), response.headers());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
            cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst()
                    .ifPresent(c -> csrfToken = c.getValue());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
