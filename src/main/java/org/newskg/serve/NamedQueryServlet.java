package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetStream;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryCatalog;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.KgStore;

/**
 * The bundled queries over HTTP: {@code GET /newskg/queries/NAME?param=value…} runs
 * {@code queries/NAME.rq} exactly as {@code newskg query NAME --param …} does, with the same
 * columns. Results: SPARQL JSON by default; CSV or TSV with {@code format=csv|tsv} or an
 * {@code Accept} header. {@code GET /newskg/queries} lists the queries and their parameters.
 * 400 for a bad or missing parameter, 404 for an unknown query, 503 at the time limit. At most
 * the server's {@link ResultCap} rows; a result cut there carries {@link ResultCap#HEADER}.
 */
final class NamedQueryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient KgStore store;
    private final java.time.Duration timeout;
    private final ResultCap cap;

    NamedQueryServlet(KgStore store, java.time.Duration timeout, ResultCap cap) {
        this.store = store;
        this.timeout = timeout;
        this.cap = cap;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            catalog(resp);
            return;
        }
        Optional<NamedQuery> query = path.matches("[A-Za-z0-9_-]+") ? QueryCatalog.bundled(path) : Optional.empty();
        if (query.isEmpty()) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, "no bundled query '" + path + "' (see /newskg/queries)");
            return;
        }
        ResultFormat format = format(req);
        if (format == null) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, "format must be json, csv or tsv");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format")) {
                params.put(k, v[0]);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        boolean cut;
        try {
            cut = run(query.get(), params, format, out);
        } catch (QueryRunner.QueryProblem e) {
            // The command line's wording names options; here the parameters are the URL's.
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.missing().isEmpty() ? e.getMessage()
                    : "query '" + query.get().name() + "' needs " + String.join("&", e.missing().stream().map(m -> m + "=…").toList()));
            return;
        } catch (RuntimeException e) {
            // ARQ reports the time limit as QueryCancelledException, but a hash join cancelled before
            // it has built its table fails in close() with a NullPointerException (Jena 5.6).
            if (e instanceof QueryCancelledException || System.nanoTime() - start >= timeout.toNanos()) {
                error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
                return;
            }
            throw e;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        if (cut) {
            resp.setHeader(ResultCap.HEADER, Long.toString(cap.maxRows()));
        }
        resp.setContentType(switch (format) {
            case CSV -> "text/csv; charset=utf-8";
            case TSV -> "text/tab-separated-values; charset=utf-8";
            default -> "application/sparql-results+json; charset=utf-8";
        });
        resp.getOutputStream().write(out.toByteArray());
    }

    /**
     * Runs the query as {@link QueryRunner#run} does, but asks for one row more than the cap to
     * know whether the result was cut; writes at most the cap. True when rows were left out.
     */
    private boolean run(NamedQuery query, Map<String, String> params, ResultFormat format, ByteArrayOutputStream out) {
        Map<String, RDFNode> bindings = QueryRunner.bindings(query, params);
        Query parsed = QueryFactory.create(query.sparql());
        Query capped = ResultCap.limit(parsed, cap.maxRows() + 1).orElse(parsed);
        return store.query(capped, bindings, exec -> {
            ResultSet results = exec.execSelect();
            List<Binding> rows = new ArrayList<>();
            while (results.hasNext() && rows.size() < cap.maxRows()) {
                rows.add(results.nextBinding());
            }
            boolean more = results.hasNext();
            format.write(ResultSet.adapt(RowSetStream.create(Var.varList(results.getResultVars()), rows.iterator())), out);
            return more;
        });
    }

    /** {@code format=} wins over the Accept header; JSON when neither says otherwise; null if unknown. */
    private static ResultFormat format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f.toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> ResultFormat.JSON;
                case "csv" -> ResultFormat.CSV;
                case "tsv" -> ResultFormat.TSV;
                default -> null;
            };
        }
        String accept = String.valueOf(req.getHeader("Accept"));
        if (accept.contains("text/csv")) {
            return ResultFormat.CSV;
        }
        if (accept.contains("text/tab-separated-values")) {
            return ResultFormat.TSV;
        }
        return ResultFormat.JSON;
    }

    private static void catalog(HttpServletResponse resp) throws IOException {
        JsonBuilder b = JsonBuilder.create().startObject().key("queries").startArray();
        for (String name : QueryCatalog.BUNDLED) {
            NamedQuery q = QueryCatalog.bundled(name).orElseThrow();
            b.startObject().pair("name", name).pair("summary", q.summary()).key("parameters").startArray();
            for (NamedQuery.Parameter p : q.parameters()) {
                b.startObject().pair("name", p.name()).pair("optional", p.optional()).pair("description", p.description())
                        .finishObject();
            }
            b.finishArray().finishObject();
        }
        b.finishArray().finishObject();
        resp.setContentType("application/json; charset=utf-8");
        JSON.write(resp.getOutputStream(), b.build());
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
