package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * With updates allowed, SPARQL Update's {@code LOAD <file:…>} or {@code LOAD <http:…>} would make
 * the server read its own files or fetch URLs for a client: an update with a {@code LOAD} is
 * refused with {@code 400}. The update is read (within the request size limit) and handed on as read.
 */
final class NoLoadFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String type = String.valueOf(http.getContentType()).toLowerCase(java.util.Locale.ROOT);
        ServletRequest onward = request;
        String update = null;
        if ("POST".equals(http.getMethod()) && type.startsWith("application/sparql-update")) {
            byte[] body = http.getInputStream().readNBytes((int) SparqlServer.MAX_REQUEST_BYTES + 1);
            String cs = http.getCharacterEncoding();
            update = new String(body, cs == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(cs));
            onward = new RequestSizeFilter.ReadBody(http, body);
        } else if ("POST".equals(http.getMethod()) && type.startsWith("application/x-www-form-urlencoded")) {
            update = http.getParameter("update");
        }
        if (update != null && loads(update)) {
            NamedQueryServlet.error((HttpServletResponse) response, HttpServletResponse.SC_BAD_REQUEST,
                    "LOAD is not allowed on this server");
            return;
        }
        chain.doFilter(onward, response);
    }

    private static boolean loads(String update) {
        try {
            UpdateRequest parsed = UpdateFactory.create(update);
            for (Update u : parsed.getOperations()) {
                if (u instanceof UpdateLoad) {
                    return true;
                }
            }
            return false;
        } catch (QueryParseException e) {
            return false; // Fuseki answers the parse error
        }
    }
}
