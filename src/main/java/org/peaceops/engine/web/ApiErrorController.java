package org.peaceops.engine.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet error page, in place of Spring Boot's: every error that reaches it (an unknown route, a
 * method or content type a route does not take, a request refused before any controller ran) answers
 * in the project's envelope with its original status. Called directly ({@code GET /error}) there is
 * no original status: it is a route like any unknown one, 404. A browser opening a page gets the same
 * answer as a page ({@link ErrorPage}).
 */
@Controller
class ApiErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : HttpServletResponse.SC_NOT_FOUND;
        if (aPersonsBrowser(request)) {
            ErrorPage.write(response, status, path(request));
            return;
        }
        ErrorEnvelope.write(response, status, "", ErrorEnvelope.message(status, request.getMethod()));
    }

    /** The path the error happened on (the request's own for a direct call of the error page). */
    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    /**
     * A page of the webapps opened in a browser (a staff member opening Cockpit, say) gets a page a
     * person can read; the APIs always get the envelope.
     */
    private static boolean aPersonsBrowser(HttpServletRequest request) {
        String path = path(request);
        String accept = request.getHeader("Accept");
        return accept != null
                && accept.contains("text/html")
                && !path.startsWith("/api/")
                && !path.startsWith("/engine-rest")
                && !path.startsWith("/camunda/api/");
    }
}
