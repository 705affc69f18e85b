package org.newskg.serve;

import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * The server's cap on result rows: a query runs as if it ended in {@code LIMIT N} when it has no
 * {@code LIMIT} or a larger one (for CONSTRUCT and DESCRIBE the rows are the solutions of the
 * {@code WHERE} clause). A response whose result may have been cut carries {@link #HEADER}.
 */
record ResultCap(long maxRows) {

    /** {@code X-SPARQL-MaxRows: N}, as Virtuoso names it, on a response cut at the cap. */
    static final String HEADER = "X-SPARQL-MaxRows";

    ResultCap {
        if (maxRows < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1 row");
        }
    }

    /** The query with its limit lowered to {@code rows}, or empty when it asks for no more (or is an ASK). */
    static Optional<Query> limit(Query query, long rows) {
        if (query.isAskType() || query.hasLimit() && query.getLimit() <= rows) {
            return Optional.empty();
        }
        Query capped = query.cloneQuery();
        capped.setLimit(rows);
        return Optional.of(capped);
    }

    /** The query capped at this many rows, or empty when it asks for no more. */
    Optional<Query> apply(Query query) {
        return limit(query, maxRows);
    }
}
