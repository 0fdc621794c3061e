package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What /api refuses before anything runs: an answer the caller would not accept (406: every route
 * answers JSON, CSV or Markdown, and a POST that ran first and then failed to answer would have
 * changed things), and a body larger than {@code transition.api.max-body-bytes} (413), whether it
 * announces its length or comes in chunks.
 */
public class ApiRequestLimits extends OncePerRequestFilter {

    private static final List<MediaType> ANSWERS =
            List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("text/csv"), MediaType.valueOf("text/markdown"));

    private final long maxBodyBytes;

    public ApiRequestLimits(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!acceptable(request)) {
            ErrorEnvelope.write(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "", ErrorEnvelope.message(406, ""));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            // the client may still be sending: tell it that the connection ends with this answer
            response.setHeader("Connection", "close");
            ErrorEnvelope.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "", tooLarge(maxBodyBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBodyBytes), response);
    }

    static String tooLarge(long maxBodyBytes) {
        return "the request body is larger than " + maxBodyBytes + " bytes";
    }

    private static boolean acceptable(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(asked -> ANSWERS.stream().anyMatch(asked::isCompatibleWith));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Thrown by the body's stream past the limit; Spring reports it as unreadable, ApiErrors as 413. */
    public static class BodyTooLargeException extends IOException {
        private final long limit;

        BodyTooLargeException(long limit) {
            super(tooLarge(limit));
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
