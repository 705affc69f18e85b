package org.newskg.rdf;

import java.nio.charset.StandardCharsets;

/**
 * Every IRI newskg mints, in one place. IRIs are deterministic and readable:
 * {@code id/article/<doc>}, {@code id/graph/<doc>}, {@code id/actor/<key>},
 * {@code id/statement/<doc>/<n>}, {@code id/evidence/<doc>/<begin>-<end>}. Path segments are
 * percent-encoded, so any article id or name is safe.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/newskg/id/";
    public static final String GRAPH_PREFIX = BASE + "graph/";
    /** The named graph of cross-article actor merges (derived; rebuilt after each ingest). */
    public static final String RESOLUTION_GRAPH = BASE + "resolution";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Iris() {
    }

    public static String article(String articleId) {
        return BASE + "article/" + segment(articleId);
    }

    /** The named graph that holds everything extracted from one article. */
    public static String graph(String articleId) {
        return GRAPH_PREFIX + segment(articleId);
    }

    /** The article id of a graph IRI made by {@link #graph}, or null. */
    public static String articleIdOfGraph(String graphIri) {
        if (!graphIri.startsWith(GRAPH_PREFIX)) {
            return null;
        }
        return java.net.URLDecoder.decode(graphIri.substring(GRAPH_PREFIX.length()), StandardCharsets.UTF_8);
    }

    /**
     * A short readable name for an IRI, for messages: an actor's key ("united-states/armed-forces")
     * or, for any other IRI, its last path segment or fragment.
     */
    public static String shortName(String iri) {
        String actors = BASE + "actor/";
        return iri.startsWith(actors) ? iri.substring(actors.length())
                : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** An actor by its key; '/' in the key separates readable path segments. */
    public static String actor(String key) {
        StringBuilder b = new StringBuilder(BASE).append("actor");
        for (String part : key.split("/")) {
            b.append('/').append(segment(part));
        }
        return b.toString();
    }

    public static String statement(String articleId, int number) {
        return BASE + "statement/" + segment(articleId) + "/" + number;
    }

    public static String event(String articleId, int number) {
        return BASE + "event/" + segment(articleId) + "/" + number;
    }

    /** An agreement by its key ("agreement/iraq+united-states/higher-military-commission"). */
    public static String agreement(String key) {
        StringBuilder b = new StringBuilder(BASE.substring(0, BASE.length() - 1));
        for (String part : key.split("/")) {
            b.append('/').append(segment(part));
        }
        return b.toString();
    }

    public static String evidence(String articleId, int begin, int end) {
        return BASE + "evidence/" + segment(articleId) + "/" + begin + "-" + end;
    }

    public static String wikidata(String qid) {
        return WIKIDATA + qid;
    }

    /**
     * Percent-encodes everything but unreserved characters (RFC 3986); the dot segments "." and
     * ".." are encoded too, or IRI resolution would remove them.
     */
    static String segment(String s) {
        if (s.equals(".") || s.equals("..")) {
            return s.replace(".", "%2E");
        }
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.isEmpty() ? "_" : b.toString();
    }
}
