package org.newskg.viz;

import java.util.Locale;

/** The graph-tool formats of {@code newskg viz}. */
public enum VizFormat {
    /** GraphML (Gephi, yEd, Cytoscape). */
    GRAPHML(new GraphmlWriter(), "application/graphml+xml"),
    /** GEXF 1.3 (Gephi). */
    GEXF(new GexfWriter(), "application/gexf+xml"),
    /** Graphviz DOT. */
    DOT(new DotWriter(), "text/vnd.graphviz"),
    /** Cytoscape.js JSON (elements: nodes, edges), also opened by Cytoscape desktop (.cyjs). */
    CYTOSCAPE(new CytoscapeWriter(), "application/json");

    private final VizWriter writer;
    private final String mediaType;

    VizFormat(VizWriter writer, String mediaType) {
        this.writer = writer;
        this.mediaType = mediaType;
    }

    public VizWriter writer() {
        return writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
