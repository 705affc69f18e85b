package org.newskg.resolve;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * Whether the cross-article links cover the store: a resolution records how many articles it
 * linked ({@code nkg:resolvedArticles}); a store that holds more was written after the last
 * resolution finished (a killed run, or {@code ingest --no-resolve}), and its newer articles
 * are not linked until {@code newskg resolve} or the next ingest runs.
 *
 * @param articles the articles the store holds
 * @param resolved the articles the stored links were computed from, or -1 when there are none
 */
public record ResolutionState(int articles, long resolved) {

    public static ResolutionState of(KgStore store) {
        return of(store, store.articleIds().size());
    }

    /** As {@link #of(KgStore)}, for a caller that has counted the store's articles already. */
    public static ResolutionState of(KgStore store, int articles) {
        long resolved = store.read((Dataset ds) -> {
            Model graph = ds.getNamedModel(Iris.RESOLUTION_GRAPH);
            Statement s = graph.getProperty(graph.createResource(Iris.RESOLUTION_GRAPH), NKG.resolvedArticles);
            return s == null ? -1L : s.getLong();
        });
        return new ResolutionState(articles, resolved);
    }

    /** The links cover every article (or the store holds none). */
    public boolean complete() {
        return articles == 0 || resolved == articles;
    }

    /** One line for {@code stats} and {@code validate}. */
    public String describe() {
        if (complete()) {
            return "complete (links computed over all " + articles + " articles)";
        }
        if (resolved < 0) {
            return "not run: no cross-article links; `newskg resolve` (or the next ingest) links the "
                    + articles + " articles";
        }
        return "unfinished: the links were computed over " + resolved + " articles, the store holds " + articles
                + "; `newskg resolve` (or the next ingest) completes them";
    }
}
