package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Error bodies the dataset's servlets write (Fuseki's messages) as one plain line: the first line
 * of the message when it is a message ({@code Parse error: Encountered …}), else the status line
 * ({@code 400 Bad Request}); never an exception or class name ({@code StackOverflowError}), an
 * exception's own text or a stack trace, and an internal error (500) is always just its status line.
 * Successful answers pass through untouched.
 */
final class PlainErrorBodies implements Filter {

    /** What a message must not show: exception and class names, packages, stack frames. */
    static final Pattern INTERNALS = Pattern.compile(
            "\\w+(Exception|Error)\\b|\\b(java|javax|jakarta|org|com|sun)\\.[a-z]\\w*\\.|\\bat [a-z]\\w*\\.|Caused by");

    /** The longest message line kept (a parse error quotes the query near the error). */
    private static final int MAX_LINE = 500;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        Errors errors = new Errors(http);
        chain.doFilter(request, errors);
        errors.finish();
    }

    /** One plain line for an error status and what was written with it. */
    static String line(int status, String written) {
        String first = written.strip().lines().findFirst().orElse("").strip();
        if (status == 500 || first.isEmpty() || first.endsWith(":") || first.length() > MAX_LINE || INTERNALS.matcher(first).find()) {
            return PlainErrorHandler.line(status);
        }
        return first + "\n";
    }

    /** The response, its body held when its status is an error when writing begins. */
    private static final class Errors extends HttpServletResponseWrapper {
        private ByteArrayOutputStream held;
        private ServletOutputStream out;
        private PrintWriter writer;

        Errors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            if (out == null) {
                held = new ByteArrayOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        if (held.size() < 64 * 1024) {
                            held.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, Math.max(0, Math.min(len, 64 * 1024 - held.size())));
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("error bodies are written at the end");
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        void finish() throws IOException {
            if (held == null) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (real.isCommitted()) {
                return;
            }
            byte[] body = line(getStatus(), held.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            real.setContentType("text/plain; charset=utf-8");
            real.setContentLength(body.length);
            real.getOutputStream().write(body);
        }
    }
}
