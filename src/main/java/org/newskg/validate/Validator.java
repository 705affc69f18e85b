package org.newskg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.newskg.store.KgStore;

/** SHACL validation of the whole store (union of article graphs) against ontology/shapes.ttl. */
public final class Validator {

    private Validator() {
    }

    /** The bundled shapes, parsed once (they are immutable). */
    public static Shapes shapes() {
        return Bundled.SHAPES;
    }

    private static final class Bundled {
        static final Shapes SHAPES = read();
    }

    private static Shapes read() {
        try (InputStream in = Validator.class.getResourceAsStream("/newskg/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IOException("newskg/ontology/shapes.ttl is not on the classpath");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return Shapes.parse(m.getGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidationReport validate(KgStore store) {
        Graph data = ModelFactory.createDefaultModel().getGraph();
        for (Quad q : store.sortedQuads()) {
            data.add(q.asTriple());
        }
        return validate(data);
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }
}
