package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The read-only browser page, from the jar: {@code /} is {@code newskg/web/index.html},
 * {@code /assets/*} the page's own files, {@code /webjars/*} the WebJars on the classpath
 * (Cytoscape.js). Nothing is fetched from a CDN.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String resource;
        if (path.isEmpty() || path.equals("/")) {
            resource = "/newskg/web/index.html";
        } else if (path.startsWith("/assets/")) {
            resource = "/newskg/web/" + path.substring("/assets/".length());
        } else if (path.startsWith("/webjars/")) {
            resource = "/META-INF/resources" + path;
        } else {
            resource = null;
        }
        String ext = resource == null ? "" : resource.substring(resource.lastIndexOf('.') + 1);
        if (resource == null || resource.contains("..") || !TYPES.containsKey(ext)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = PageServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
