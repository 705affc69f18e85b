package org.newskg.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.newskg.viz.NodeLinkGraph.Edge;
import org.newskg.viz.NodeLinkGraph.Kind;
import org.newskg.viz.NodeLinkGraph.Node;

/**
 * Graphviz DOT: one shape and colour per node kind, edges labelled by relation. The extra
 * attributes (type, date, article, iri) are kept on the nodes; Graphviz carries them through.
 */
final class DotWriter implements VizWriter {

    @Override
    public void write(NodeLinkGraph g, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("digraph newskg {\n");
        b.append("  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n");
        b.append("  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
        b.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Map<String, String> ids = g.shortIds();
        for (Node n : g.nodes()) {
            b.append("  ").append(ids.get(n.iri())).append(" [label=").append(Text.dot(Text.shortLabel(n.label())))
                    .append(", shape=").append(shape(n.kind())).append(", fillcolor=").append(Text.dot(colour(n.kind())))
                    .append(", type=").append(Text.dot(n.type())).append(", kind=").append(Text.dot(n.kind().cliName()));
            if (!n.date().isEmpty()) {
                b.append(", date=").append(Text.dot(n.date()));
            }
            if (!n.articles().isEmpty()) {
                b.append(", article=").append(Text.dot(n.article()));
            }
            b.append(", iri=").append(Text.dot(n.iri())).append("];\n");
        }
        for (Edge e : g.edges()) {
            b.append("  ").append(ids.get(e.source())).append(" -> ").append(ids.get(e.target()))
                    .append(" [label=").append(Text.dot(e.relation())).append("];\n");
        }
        b.append("}\n");
        out.write(b.toString());
    }

    private static String shape(Kind k) {
        return switch (k) {
            case ACTOR -> "ellipse";
            case STATEMENT -> "note";
            case EVENT -> "box";
            case UNIT -> "hexagon";
            case AGREEMENT -> "component";
        };
    }

    static String colour(Kind k) {
        return switch (k) {
            case ACTOR -> "#9ecae1";
            case STATEMENT -> "#fdd49e";
            case EVENT -> "#fc9272";
            case UNIT -> "#a1d99b";
            case AGREEMENT -> "#bcbddc";
        };
    }
}
