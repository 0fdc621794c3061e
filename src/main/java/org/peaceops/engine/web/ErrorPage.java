package org.peaceops.engine.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The page a person sees when a page cannot be shown: what happened in plain words, and where to go. */
final class ErrorPage {

    private static final String PAGE =
            """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>%1$s · Transition engine</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">%3$s
            <style>
              body { font-family: system-ui, sans-serif; margin: 0; color: #1f2937; background: #f3f6f9; }
              header { background: #009edb; color: #fff; padding: 14px 32px; font-size: 18px; }
              main { max-width: 640px; margin: 48px auto; background: #fff; padding: 32px; border-radius: 6px; }
              h1 { font-size: 24px; margin-top: 0; } a { color: #0077b3; }
            </style></head>
            <body><header>UN peace operations · Transition engine</header>
            <main><h1>%1$s</h1><p>%2$s</p>
            <p><a href="/camunda/app/tasklist/default/">Open your tasks in Tasklist</a></p></main></body></html>
            """;

    private ErrorPage() {}

    /** Tasklist, where everyone who signs in has their work. */
    static final String TASKLIST = "/camunda/app/tasklist/default/";

    /** Seconds a person has to read why a webapp refused them before Tasklist opens. */
    static final int SECONDS_TO_TASKLIST = 6;

    static void write(HttpServletResponse response, int status) throws IOException {
        write(response, status, "");
    }

    /**
     * The page for a request to the path. A signed-in member of staff who opens Cockpit or Admin (the
     * webapps' own security filter refuses them with 403) reads why, and is then taken to Tasklist,
     * where their work is.
     */
    static void write(HttpServletResponse response, int status, String path) throws IOException {
        String webapp = status == 403 ? refusingWebapp(path) : null;
        if (webapp != null) {
            page(
                    response,
                    status,
                    "You may not open this page",
                    webapp + " Your account works in Tasklist, which opens in a few seconds.",
                    "\n<meta http-equiv=\"refresh\" content=\"" + SECONDS_TO_TASKLIST + ";url=" + TASKLIST + "\">");
            return;
        }
        String[] text =
                switch (status) {
                    case 401, 403 -> new String[] {
                        "You may not open this page",
                        "Your account does not give access to this page. If your work needs it, ask the administrator."
                    };
                    case 404 -> new String[] {
                        "This page does not exist", "Check the address, or start again from Tasklist."
                    };
                    default -> new String[] {
                        "This page cannot be shown", "The request could not be served. Go back and try again."
                    };
                };
        page(response, status, text[0], text[1], "");
    }

    /** What the webapp of the path is for, in words; null for a path of no webapp that refuses staff. */
    private static String refusingWebapp(String path) {
        if (path.startsWith("/camunda/app/cockpit/")) {
            return "Cockpit is where transition managers and administrators follow the operations.";
        }
        if (path.startsWith("/camunda/app/admin/")) {
            return "Admin is for the administrators of the engine.";
        }
        return null;
    }

    private static void page(HttpServletResponse response, int status, String title, String text, String head)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(PAGE.formatted(title, text, head).getBytes(StandardCharsets.UTF_8));
    }
}
