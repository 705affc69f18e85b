package org.newskg.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.newskg.viz.NodeLinkGraph.Edge;
import org.newskg.viz.NodeLinkGraph.Node;

/**
 * Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}, as
 * {@code cy.add()} takes it and Cytoscape desktop imports it (.cyjs). Node data: id, label,
 * type, kind, date, article, iri, text; edge data: id, source, target, label (= relation).
 */
final class CytoscapeWriter implements VizWriter {

    @Override
    public void write(NodeLinkGraph g, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"elements\": {\n    \"nodes\": [");
        Map<String, String> ids = g.shortIds();
        String sep = "\n";
        for (Node n : g.nodes()) {
            b.append(sep).append("      {\"data\": {\"id\": ").append(Text.json(ids.get(n.iri())))
                    .append(", \"label\": ").append(Text.json(Text.shortLabel(n.label())))
                    .append(", \"type\": ").append(Text.json(n.type()))
                    .append(", \"kind\": ").append(Text.json(n.kind().cliName()))
                    .append(", \"date\": ").append(Text.json(n.date()))
                    .append(", \"article\": ").append(Text.json(n.article()))
                    .append(", \"iri\": ").append(Text.json(n.iri()))
                    .append(", \"text\": ").append(Text.json(n.label())).append("}}");
            sep = ",\n";
        }
        b.append(g.nodes().isEmpty() ? "],\n" : "\n    ],\n").append("    \"edges\": [");
        sep = "\n";
        int i = 0;
        for (Edge e : g.edges()) {
            b.append(sep).append("      {\"data\": {\"id\": ").append(Text.json("e" + i++))
                    .append(", \"source\": ").append(Text.json(ids.get(e.source())))
                    .append(", \"target\": ").append(Text.json(ids.get(e.target())))
                    .append(", \"label\": ").append(Text.json(e.relation())).append("}}");
            sep = ",\n";
        }
        b.append(g.edges().isEmpty() ? "]\n" : "\n    ]\n").append("  }\n}\n");
        out.write(b.toString());
    }
}
