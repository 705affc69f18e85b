package org.newskg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.store.KgStore;

/** Runs a named query against a store with its parameters bound, writing one result format. */
public final class QueryRunner {

    /** A query that cannot run as asked (unknown parameter, missing one, bad syntax). */
    public static final class QueryProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final List<String> missing;

        public QueryProblem(String message) {
            this(message, List.of());
        }

        QueryProblem(String message, List<String> missing) {
            super(message);
            this.missing = List.copyOf(missing);
        }

        /** The required parameters that were not given (empty for other problems). */
        public List<String> missing() {
            return missing;
        }
    }

    private QueryRunner() {
    }

    /** Checks the parameters against the query's declaration and turns them into bindings. */
    public static Map<String, RDFNode> bindings(NamedQuery query, Map<String, String> params) {
        Map<String, RDFNode> bindings = new LinkedHashMap<>();
        List<String> declared = query.parameters().stream().map(NamedQuery.Parameter::name).toList();
        for (var e : params.entrySet()) {
            if (!declared.contains(e.getKey())) {
                throw new QueryProblem("query '" + query.name() + "' has no parameter '" + e.getKey() + "'"
                        + (declared.isEmpty() ? "" : " (it takes: " + String.join(", ", declared) + ")"));
            }
            bindings.put(e.getKey(), ResourceFactory.createStringLiteral(e.getValue()));
        }
        List<String> missing = new ArrayList<>();
        for (NamedQuery.Parameter p : query.parameters()) {
            if (!p.optional() && !params.containsKey(p.name())) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new QueryProblem("query '" + query.name() + "' needs --param " + String.join("=… --param ", missing) + "=…", missing);
        }
        return bindings;
    }

    public static void run(KgStore store, NamedQuery query, Map<String, String> params, ResultFormat format, OutputStream out) {
        Map<String, RDFNode> bindings = bindings(query, params);
        Query parsed;
        try {
            parsed = QueryFactory.create(query.sparql());
        } catch (QueryParseException e) {
            throw new QueryProblem("query '" + query.name() + "' is not valid SPARQL: " + e.getMessage().replaceAll("\\s+", " "));
        }
        if (!parsed.isSelectType()) {
            throw new QueryProblem("query '" + query.name() + "' is not a SELECT query");
        }
        store.query(parsed, bindings, exec -> {
            format.write(exec.execSelect(), out);
            return null;
        });
    }
}
