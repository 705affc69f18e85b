package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few PROV-O terms used by newskg (Jena ships no PROV vocabulary class).
 *
 * @see <a href="https://www.w3.org/TR/prov-o/">PROV-O</a>
 */
public final class PROV {

    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** Something that bears responsibility for an activity or another agent's activity. */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");

    /** A physical, digital, conceptual or other kind of thing with fixed aspects. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    /** An entity was derived from another entity, here: an extracted node from its article. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    /** @return the namespace URI */
    public static String getURI() {
        return NS;
    }

    private PROV() {
    }
}
