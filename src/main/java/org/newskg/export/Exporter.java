package org.newskg.export;

import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Prefixes;
import org.newskg.store.KgStore;

/**
 * Writes the store as RDF. Output is deterministic: quads are sorted before writing and no
 * blank nodes exist, so the same store gives the same bytes. Quad formats keep one named graph
 * per article; Turtle and N-Triples give the union (each triple once).
 */
public final class Exporter {

    private Exporter() {
    }

    public static long write(KgStore store, ExportFormat format, OutputStream out) {
        List<Quad> quads = store.sortedQuads();
        if (format == ExportFormat.JSONLD) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Prefixes.STANDARD.forEach((p, ns) -> dsg.prefixes().add(p, ns));
            quads.forEach(dsg::add);
            RDFDataMgr.write(out, dsg, format.format);
            return quads.size();
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.format);
        stream.start();
        Prefixes.STANDARD.forEach(stream::prefix);
        long n = 0;
        if (format.quads) {
            for (Quad q : quads) {
                stream.quad(q);
                n++;
            }
        } else {
            Set<Triple> written = new LinkedHashSet<>();
            quads.stream().map(Quad::asTriple).sorted(TRIPLE_ORDER).forEach(t -> {
                if (written.add(t)) {
                    stream.triple(t);
                }
            });
            n = written.size();
        }
        stream.finish();
        return n;
    }

    private static final java.util.Comparator<Triple> TRIPLE_ORDER = (a, b) -> {
        int c = org.apache.jena.sparql.util.NodeCmp.compareRDFTerms(a.getSubject(), b.getSubject());
        if (c == 0) {
            c = org.apache.jena.sparql.util.NodeCmp.compareRDFTerms(a.getPredicate(), b.getPredicate());
        }
        return c != 0 ? c : org.apache.jena.sparql.util.NodeCmp.compareRDFTerms(a.getObject(), b.getObject());
    };
}
