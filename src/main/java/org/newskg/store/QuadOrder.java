package org.newskg.store;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;

/** A total order on quads (graph, subject, predicate, object) so exports are byte-identical. */
enum QuadOrder implements Comparator<Quad> {
    INSTANCE;

    @Override
    public int compare(Quad a, Quad b) {
        int c = node(a.getGraph(), b.getGraph());
        if (c == 0) {
            c = node(a.getSubject(), b.getSubject());
        }
        if (c == 0) {
            c = node(a.getPredicate(), b.getPredicate());
        }
        if (c == 0) {
            c = node(a.getObject(), b.getObject());
        }
        return c;
    }

    private static int node(Node x, Node y) {
        return NodeCmp.compareRDFTerms(x, y);
    }
}
