package org.newskg.viz;

import java.io.IOException;
import java.io.Writer;

/** Writes a node-link graph in one file format. */
public interface VizWriter {
    void write(NodeLinkGraph graph, Writer out) throws IOException;
}
