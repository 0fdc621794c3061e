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
            <meta name="viewport" content="width=device-width, initial-scale=1">
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

    static void write(HttpServletResponse response, int status) throws IOException {
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
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(PAGE.formatted(text[0], text[1]).getBytes(StandardCharsets.UTF_8));
    }
}
