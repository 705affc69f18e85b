package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graph Store reads of the default graph ({@code GET /newskg/get?default}) return the union of
 * the article graphs, as SPARQL queries see it: the request is passed on as {@code ?graph=union}.
 * (TDB2's union default graph is a query-engine setting; Fuseki's Graph Store Protocol reads the
 * stored default graph, which newskg leaves empty.)
 */
final class UnionDefaultGraphFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && isDefaultGraphRead(http)) {
            chain.doFilter(new UnionRequest(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isDefaultGraphRead(HttpServletRequest r) {
        String method = r.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && r.getParameter("default") != null
                && r.getParameter("graph") == null && r.getParameter("query") == null;
    }

    /** The request with {@code default} replaced by {@code graph=union}. */
    private static final class UnionRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        UnionRequest(HttpServletRequest request) {
            super(request);
            Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
            p.remove("default");
            p.put("graph", new String[] {"union"});
            this.params = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String getQueryString() {
            return "graph=union";
        }
    }
}
