package org.peaceops.engine.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.peaceops.engine.shared.FieldError;

/**
 * Tomcat's own error answer (a URI it cannot decode, {@code /api/..;/x}, a header too large: refused
 * before any servlet runs) in the project's envelope, instead of Tomcat's HTML page with the server's
 * name and version.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            byte[] body = ErrorEnvelope.bytes(
                    java.util.List.of(new FieldError("", ErrorEnvelope.message(status, request.getMethod()))));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already on its way: nothing more to tell
        }
    }
}
