package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.newskg.store.KgStore;
import org.newskg.viz.Focus;
import org.newskg.viz.NodeLinkGraph;
import org.newskg.viz.NodeLinkReader;
import org.newskg.viz.VizFormat;

/**
 * {@code GET /newskg/viz?actor=NAME&depth=N&from=DAY&to=DAY&types=actor,statement&format=cytoscape}:
 * the same node-link view as {@code newskg viz}, in any of its formats (Cytoscape.js JSON by
 * default, which the browser page draws). 400 for a bad parameter, 404 when no actor has the name.
 * Bounded like the SPARQL endpoint: it reads only the actor's neighbourhood, at most the result
 * cap's number of quads (a view cut there carries {@link ResultCap#HEADER}), and answers 503 at
 * the time limit.
 */
final class VizServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient KgStore store;
    private final Duration timeout;
    private final ResultCap cap;

    VizServlet(KgStore store, Duration timeout, ResultCap cap) {
        this.store = store;
        this.timeout = timeout;
        this.cap = cap;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        VizFormat format;
        Focus focus;
        try {
            format = VizFormat.valueOf(param(req, "format", "cytoscape").toUpperCase(Locale.ROOT));
            Set<NodeLinkGraph.Kind> kinds = EnumSet.noneOf(NodeLinkGraph.Kind.class);
            for (String t : param(req, "types", "").split(",")) {
                if (!t.isBlank()) {
                    kinds.add(NodeLinkGraph.Kind.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                }
            }
            String actor = req.getParameter("actor");
            focus = new Focus(actor == null || actor.isBlank() ? null : actor, Integer.parseInt(param(req, "depth", "2")),
                    day(req.getParameter("from")), day(req.getParameter("to")), kinds);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            NamedQueryServlet.error(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "bad parameter: format=graphml|gexf|dot|cytoscape, types=actor,statement,event,unit,agreement, "
                            + "depth=N, from/to=YYYY-MM-DD (" + e.getMessage() + ")");
            return;
        }
        NodeLinkGraph graph;
        NodeLinkReader.Bounded read;
        try {
            read = NodeLinkReader.read(store, focus, timeout, cap.maxRows());
            graph = focus.apply(read.graph());
        } catch (Focus.NoSuchActor e) {
            NamedQueryServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (NodeLinkReader.TimedOut e) {
            NamedQueryServlet.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            return;
        }
        if (read.cut()) {
            resp.setHeader(ResultCap.HEADER, Long.toString(cap.maxRows()));
        }
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        Writer out = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        format.writer().write(graph, out);
        out.flush();
    }

    private static String param(HttpServletRequest req, String name, String dflt) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? dflt : v;
    }

    private static String day(String v) {
        return v == null || v.isBlank() ? null : LocalDate.parse(v).toString();
    }
}
