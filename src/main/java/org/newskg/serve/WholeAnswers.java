package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * SPARQL query answers are sent whole or not at all: the answer (at most the result cap's rows)
 * is kept in memory until the query is done. Fuseki, when a query is stopped at the time limit
 * after its first rows, sets an error status and appends "Incomplete results" to what it wrote;
 * streamed, that was a {@code 200} with a cut-off body that is not valid JSON, XML or CSV.
 * Here such an answer becomes {@code 503 Query timed out}, as a query stopped before its first row.
 */
final class WholeAnswers implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!isQuery((HttpServletRequest) request)) {
            chain.doFilter(request, response); // Graph Store reads at the dataset's URL are not capped: streamed
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        Held held = new Held(http);
        chain.doFilter(request, held);
        if (held.cut()) {
            http.reset();
            NamedQueryServlet.error(http, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            return;
        }
        held.release();
    }

    /** A SPARQL query, by body or by {@code query} parameter (the protocol's two ways). */
    private static boolean isQuery(HttpServletRequest request) {
        return String.valueOf(request.getContentType()).startsWith("application/sparql-query") || request.getParameter("query") != null;
    }

    /** The response with its body held in memory. */
    private static final class Held extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("the answer is held until it is complete");
            }
        };
        private PrintWriter writer;
        private boolean succeeded;
        private boolean cut;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            cut |= succeeded && (sc < 200 || sc >= 300);
            succeeded |= sc >= 200 && sc < 300;
            super.setStatus(sc);
        }

        /** True when the answer had been given a success status and then lost it: the query was stopped while answering. */
        boolean cut() {
            return cut;
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (body.size() > 0 && !real.isCommitted()) {
                real.setContentLength(body.size());
            }
            body.writeTo(real.getOutputStream());
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(out, cs == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(cs)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held until complete
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
        }
    }
}
