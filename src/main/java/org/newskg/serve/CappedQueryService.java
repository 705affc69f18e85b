package org.newskg.serve;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with the server's {@link ResultCap}: a query asking for more
 * rows than the cap (or for all of them) runs with {@code LIMIT cap}, and the response says so
 * in {@link ResultCap#HEADER}. A query with {@code SERVICE} is refused (400): the server does
 * not fetch other URLs for its clients; so is one with an {@code OFFSET} over
 * {@link SparqlServer#MAX_OFFSET}. Each query is tracked in {@link RunningQueries} while it
 * runs. Everything else (protocol, formats, time limit) is Fuseki's.
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    private final ResultCap cap;
    private final RunningQueries running;

    CappedQueryService(ResultCap cap, RunningQueries running) {
        this.cap = cap;
        this.running = running;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        AtomicBoolean service = new AtomicBoolean();
        AtomicBoolean offset = new AtomicBoolean();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                service.set(true);
            }

            @Override
            public void visit(OpSlice op) {
                offset.compareAndSet(false, op.getStart() > SparqlServer.MAX_OFFSET);
            }
        });
        if (service.get()) {
            ServletOps.errorBadRequest("SERVICE (federated query) is not allowed on this server");
        }
        if (offset.get()) {
            ServletOps.errorBadRequest("OFFSET above " + SparqlServer.MAX_OFFSET + " is not allowed on this server");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Optional<Query> capped = cap.apply(query);
        if (capped.isPresent()) {
            action.setResponseHeader(ResultCap.HEADER, Long.toString(cap.maxRows()));
        }
        return running.track(super.createQueryExec(action, capped.orElse(query), dataset));
    }
}
