package org.newskg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes newskg writes in exports (and uses in its queries). */
public final class Prefixes {

    public static final Map<String, String> STANDARD;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nkg", NKG.NS);
        m.put("id", Iris.BASE);
        m.put("prov", PROV.NS);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("schema", "https://schema.org/");
        m.put("wd", Iris.WIKIDATA);
        STANDARD = java.util.Collections.unmodifiableMap(m);
    }

    private Prefixes() {
    }
}
