package org.newskg.export;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The RDF export formats; graph formats (Turtle, N-Triples) merge the article graphs into one. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQUADS(RDFFormat.NQUADS, true),
    NTRIPLES(RDFFormat.NTRIPLES, false),
    JSONLD(RDFFormat.JSONLD11_PRETTY, true);

    final RDFFormat format;
    final boolean quads;

    ExportFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
