package org.newskg.viz;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.newskg.viz.NodeLinkGraph.Edge;
import org.newskg.viz.NodeLinkGraph.Node;

/**
 * GEXF 1.3 (http://gexf.net/1.3), for Gephi: node label as GEXF's own label, the rest as
 * declared string attributes; edge label = relation. No timestamps, so output is deterministic.
 */
final class GexfWriter implements VizWriter {

    private static final List<String> ATTRIBUTES = List.of("type", "kind", "date", "article", "iri", "text");

    @Override
    public void write(NodeLinkGraph g, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        b.append("  <meta>\n    <creator>newskg</creator>\n");
        b.append("    <description>actors, statements, events, units and agreements from news articles</description>\n  </meta>\n");
        b.append("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        b.append("    <attributes class=\"node\" mode=\"static\">\n");
        for (String a : ATTRIBUTES) {
            b.append("      <attribute id=\"").append(a).append("\" title=\"").append(a).append("\" type=\"string\"/>\n");
        }
        b.append("    </attributes>\n");
        b.append("    <attributes class=\"edge\" mode=\"static\">\n");
        b.append("      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n    </attributes>\n");
        Map<String, String> ids = g.shortIds();
        b.append("    <nodes>\n");
        for (Node n : g.nodes()) {
            b.append("      <node id=\"").append(ids.get(n.iri())).append("\" label=\"").append(Text.xml(Text.shortLabel(n.label())))
                    .append("\">\n        <attvalues>\n");
            value(b, "type", n.type());
            value(b, "kind", n.kind().cliName());
            value(b, "date", n.date());
            value(b, "article", n.article());
            value(b, "iri", n.iri());
            value(b, "text", n.label());
            b.append("        </attvalues>\n      </node>\n");
        }
        b.append("    </nodes>\n    <edges>\n");
        int i = 0;
        for (Edge e : g.edges()) {
            b.append("      <edge id=\"e").append(i++).append("\" source=\"").append(ids.get(e.source())).append("\" target=\"")
                    .append(ids.get(e.target())).append("\" label=\"").append(Text.xml(e.relation())).append("\">\n")
                    .append("        <attvalues>\n");
            value(b, "relation", e.relation());
            b.append("        </attvalues>\n      </edge>\n");
        }
        b.append("    </edges>\n  </graph>\n</gexf>\n");
        out.write(b.toString());
    }

    private static void value(StringBuilder b, String attribute, String value) {
        if (!value.isEmpty()) {
            b.append("          <attvalue for=\"").append(attribute).append("\" value=\"").append(Text.xml(value)).append("\"/>\n");
        }
    }
}
