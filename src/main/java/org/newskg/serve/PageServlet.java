package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The read-only browser page, from the jar: {@code /} is {@code newskg/web/index.html},
 * {@code /assets/*} the page's own files, {@code /webjars/*} the WebJars on the classpath
 * (Cytoscape.js). Nothing is fetched from a CDN.
 *
 * <p>Every file served carries {@link #CONTENT_SECURITY_POLICY}: the page runs only the server's own
 * script files, so even markup that reached the page from the store could run nothing (no inline
 * script or event handler, no {@code javascript:} URL, no eval). The page itself shows every
 * value of the store as text and links out only to http(s) URLs ({@code app.js}).
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The one inline style the page has: Cytoscape.js adds it to {@code <head>} when it draws
     * (and {@code style.css} sets the same, should a later Cytoscape.js change it).
     */
    static final String CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";

    /**
     * Scripts, styles and requests from this server only; Cytoscape.js's inline style by its hash;
     * nothing else: no inline script, plugins, {@code <base>}, framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + hash(CYTOSCAPE_STYLE) + "; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'";

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
            resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            in.transferTo(resp.getOutputStream());
        }
    }

    /** A CSP source for an inline script or style: {@code 'sha256-BASE64'} of its UTF-8 text. */
    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
