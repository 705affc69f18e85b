package org.newskg.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.newskg.viz.NodeLinkGraph.Edge;
import org.newskg.viz.NodeLinkGraph.Node;

/**
 * GraphML (http://graphml.graphdrawing.org/xmlns), valid against graphml.xsd: string attributes
 * declared as {@code <key>}s (type, label, date, article, kind, iri, text; relation and label
 * on edges), read by Gephi, yEd and Cytoscape without plugins.
 */
final class GraphmlWriter implements VizWriter {

    private static final List<String> NODE_KEYS = List.of("label", "type", "kind", "date", "article", "iri", "text");

    @Override
    public void write(NodeLinkGraph g, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n");
        b.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (String k : NODE_KEYS) {
            b.append("  <key id=\"").append(k).append("\" for=\"node\" attr.name=\"").append(k).append("\" attr.type=\"string\"/>\n");
        }
        b.append("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n");
        b.append("  <graph id=\"newskg\" edgedefault=\"directed\">\n");
        Map<String, String> ids = g.shortIds();
        for (Node n : g.nodes()) {
            b.append("    <node id=\"").append(ids.get(n.iri())).append("\">\n");
            data(b, "label", Text.shortLabel(n.label()));
            data(b, "type", n.type());
            data(b, "kind", n.kind().cliName());
            data(b, "date", n.date());
            data(b, "article", n.article());
            data(b, "iri", n.iri());
            data(b, "text", n.label());
            b.append("    </node>\n");
        }
        int i = 0;
        for (Edge e : g.edges()) {
            b.append("    <edge id=\"e").append(i++).append("\" source=\"").append(ids.get(e.source()))
                    .append("\" target=\"").append(ids.get(e.target())).append("\">\n");
            data(b, "relation", e.relation());
            data(b, "elabel", e.relation());
            b.append("    </edge>\n");
        }
        b.append("  </graph>\n</graphml>\n");
        out.write(b.toString());
    }

    private static void data(StringBuilder b, String key, String value) {
        if (!value.isEmpty()) {
            b.append("      <data key=\"").append(key).append("\">").append(Text.xml(value)).append("</data>\n");
        }
    }
}
