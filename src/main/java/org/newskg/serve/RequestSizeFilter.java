package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;

/**
 * Refuses a request body over the limit with {@code 413} before any servlet reads it: at once
 * when {@code Content-Length} says so; a body sent without one (chunked) is read here, up to the
 * limit, and handed on from memory. (Jetty's {@code SizeLimitHandler} behind it stops any read
 * past the limit, but a servlet that meets that failure mid-read answers 500.)
 */
final class RequestSizeFilter implements Filter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long length = http.getContentLengthLong();
        if (length > maxBytes) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (length >= 0 || http.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        if (String.valueOf(http.getContentType()).startsWith("application/x-www-form-urlencoded")) {
            try {
                http.getParameterMap(); // Jetty reads the form now, within its form size limit
            } catch (RuntimeException e) {
                refuse(resp, statusOf(e));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            refuse(resp, statusOf(e));
            return;
        }
        if (body.length > maxBytes) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(new ReadBody(http, body), response);
    }

    /**
     * 413 when the failure, or any cause of it, says the body is too large (Jetty's form parser
     * wraps the size limit's 413 in a 400); else the first client error in the chain; else 400.
     */
    private static int statusOf(Throwable e) {
        int status = HttpServletResponse.SC_BAD_REQUEST;
        boolean found = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = t instanceof HttpException h ? h.getCode() : 0;
            if (code == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                return code;
            }
            if (!found && code >= 400 && code < 500) {
                status = code;
                found = true;
            }
        }
        return status;
    }

    private static void refuse(HttpServletResponse resp, int status) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Connection", "close"); // the rest of the body is not read
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(PlainErrorHandler.line(status).getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body already read. */
    static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
