package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;

/** {@link KgStore} on a real TDB2 directory. */
class KgStoreTest {

    private static final String PREFIX = "PREFIX nkg: <" + NKG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @TempDir
    Path tmp;

    /** One article's graph: its article node, a statement, and the shared actor Iraq. */
    private static Model articleModel(String articleId, String statementText) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(Iris.article(articleId), NKG.Article)
                .addProperty(org.apache.jena.vocabulary.DCTerms.identifier, articleId);
        m.createResource(Iris.actor("country/iraq"), NKG.Actor).addProperty(RDF.type, NKG.Country)
                .addProperty(RDFS.label, "Iraq");
        m.createResource(Iris.statement(articleId, 1), NKG.Statement)
                .addProperty(NKG.speaker, m.createResource(Iris.actor("country/iraq")))
                .addProperty(NKG.text, statementText);
        return m;
    }

    private static Node graph(String articleId) {
        return NodeFactory.createURI(Iris.graph(articleId));
    }

    private static Set<String> texts(KgStore store) {
        return store.query(QueryFactory.create(PREFIX + "SELECT ?t WHERE { ?s nkg:text ?t }"), Map.of(), exec -> {
            Set<String> out = new java.util.TreeSet<>();
            exec.execSelect().forEachRemaining(s -> out.add(s.getLiteral("t").getString()));
            return out;
        });
    }

    private static long count(KgStore store, String where) {
        return store.query(QueryFactory.create(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"), Map.of(),
                exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void replacingADerivedGraphLeavesExactlyTheNewTriplesAndTheArticleGraphsAlone() {
        String derived = Iris.RESOLUTION_GRAPH;
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first"))));
            Model before = ModelFactory.createDefaultModel();
            before.createResource(Iris.actor("person/a")).addProperty(NKG.canonical, before.createResource(Iris.actor("person/b")))
                    .addProperty(NKG.mergeReason, "kept");
            before.createResource(Iris.actor("person/c")).addProperty(NKG.mergeReason, "dropped");
            store.replaceGraph(derived, before);
            Model after = ModelFactory.createDefaultModel();
            after.createResource(Iris.actor("person/a")).addProperty(NKG.canonical, after.createResource(Iris.actor("person/b")))
                    .addProperty(NKG.mergeReason, "kept");
            after.createResource(Iris.actor("person/d")).addProperty(NKG.mergeReason, "added");
            store.replaceGraph(derived, after);
            Model stored = store.read(dataset -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(derived)));
            assertTrue(stored.isIsomorphicWith(after), () -> stored.toString());
            assertEquals(Set.of("first"), texts(store));
            store.replaceGraph(derived, ModelFactory.createDefaultModel());
            assertEquals(0, count(store, "GRAPH <" + derived + "> { ?s ?p ?o }"));
            assertEquals(Set.of("first"), texts(store));
        }
    }

    @Test
    void aNewStoreRecordsItsFourQuadIndexesSoThatPlainJenaOpensItTheSameWay() throws Exception {
        Path dir = tmp.resolve("kg");
        try (KgStore store = KgStore.open(dir)) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first"))));
        }
        String cfg = Files.readString(dir.resolve("tdb.cfg"));
        assertTrue(cfg.replaceAll("\\s+", "").contains("\"tdb.quad_indexes\":[\"GSPO\",\"SPOG\",\"POSG\",\"OSPG\"]"), cfg);
        // As a user's own Fuseki or Jena would open the directory: with no parameters of its own.
        org.apache.jena.query.Dataset plain = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.toString());
        try {
            long quads = org.apache.jena.system.Txn.calculateRead(plain, () -> org.apache.jena.atlas.iterator.Iter.count(
                    plain.asDatasetGraph().find(graph("a1"), Node.ANY, Node.ANY, Node.ANY)));
            long byPredicate = org.apache.jena.system.Txn.calculateRead(plain, () -> org.apache.jena.atlas.iterator.Iter.count(
                    plain.asDatasetGraph().find(Node.ANY, Node.ANY, NKG.text.asNode(), Node.ANY)));
            assertEquals(articleModel("a1", "first").size(), quads);
            assertEquals(1, byPredicate);
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(plain.asDatasetGraph());
        }
    }

    @Test
    void aStoreMadeWithTdb2DefaultsKeepsThem() {
        Path dir = tmp.resolve("old");
        org.apache.jena.query.Dataset plain = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.toString());
        org.apache.jena.system.Txn.executeWrite(plain, () -> plain.asDatasetGraph().add(graph("a0"),
                NodeFactory.createURI(Iris.statement("a0", 1)), NKG.text.asNode(), NodeFactory.createLiteralString("zero")));
        org.apache.jena.tdb2.sys.TDBInternal.expel(plain.asDatasetGraph());
        try (KgStore store = KgStore.open(dir)) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first"))));
            assertEquals(Set.of("zero", "first"), texts(store));
        }
        assertFalse(Files.exists(dir.resolve("tdb.cfg")), "an existing store's layout is not rewritten");
        assertTrue(Files.exists(dir.resolve("Data-0001").resolve("GPOS.bpt")), "its six quad indexes stay");
    }

    @Test
    void replaceStoresOneNamedGraphPerArticle() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a2", articleModel("a2", "second")),
                    new ArticleGraph("a1", articleModel("a1", "first"))));

            assertEquals(List.of("a1", "a2"), store.articleIds());
            assertEquals(2 * articleModel("x", "y").size(), store.sortedQuads().size());
            Set<Node> graphs = store.sortedQuads().stream().map(Quad::getGraph).collect(Collectors.toSet());
            assertEquals(Set.of(graph("a1"), graph("a2")), graphs);
            assertFalse(store.sortedQuads().stream().anyMatch(Quad::isDefaultGraph), "nothing in the default graph");
        }
    }

    @Test
    void storeDirectoryIsCreated() {
        Path dir = tmp.resolve("nested/store");
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(Files.isDirectory(dir));
            assertEquals(dir, store.directory());
            assertEquals(List.of(), store.articleIds());
            assertEquals(List.of(), store.sortedQuads());
        }
    }

    @Test
    void replacingAnArticleDropsItsOldTriples() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "old text")),
                    new ArticleGraph("a2", articleModel("a2", "other article"))));
            Model replacement = ModelFactory.createDefaultModel();
            replacement.createResource(Iris.article("a1"), NKG.Article);
            replacement.createResource(Iris.statement("a1", 7), NKG.Statement).addProperty(NKG.text, "new text");

            store.replace(List.of(new ArticleGraph("a1", replacement)));

            assertEquals(Set.of("new text", "other article"), texts(store));
            List<Quad> a1 = store.sortedQuads().stream().filter(q -> q.getGraph().equals(graph("a1"))).toList();
            assertEquals(replacement.size(), a1.size(), () -> "leftovers in a1: " + a1);
            assertTrue(a1.stream().allMatch(q -> replacement.getGraph().contains(q.asTriple())), () -> "leftovers: " + a1);
            assertEquals(articleModel("a2", "other article").size(),
                    store.sortedQuads().stream().filter(q -> q.getGraph().equals(graph("a2"))).count(), "a2 untouched");
        }
    }

    @Test
    void replacingWithTheSameGraphTwiceIsIdempotent() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "t"))));
            List<Quad> once = store.sortedQuads();
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "t"))));
            assertEquals(once, store.sortedQuads());
        }
    }

    @Test
    void replacingWithAnEmptyGraphRemovesTheArticle() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "t")),
                    new ArticleGraph("a2", articleModel("a2", "u"))));
            store.replace(List.of(new ArticleGraph("a1", ModelFactory.createDefaultModel())));

            assertEquals(List.of("a2"), store.articleIds());
            assertEquals(Set.of("u"), texts(store));
        }
    }

    @Test
    void replacingNothingChangesNothing() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "t"))));
            List<Quad> before = store.sortedQuads();
            store.replace(List.of());
            assertEquals(before, store.sortedQuads());
        }
    }

    @Test
    void reopeningAfterCloseSeesTheData() {
        Path dir = tmp.resolve("kg");
        List<Quad> written;
        try (KgStore store = KgStore.open(dir)) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "persisted \u201Ctext\u201D \uD83D\uDE00"))));
            written = store.sortedQuads();
        }
        try (KgStore store = KgStore.openExisting(dir)) {
            assertEquals(List.of("a1"), store.articleIds());
            assertEquals(written, store.sortedQuads());
            assertEquals(Set.of("persisted \u201Ctext\u201D \uD83D\uDE00"), texts(store));
        }
    }

    @Test
    void articleIdsAreDecodedFromGraphIris() {
        String odd = "2024-01-25 \u201CPentagon\u201D/caf\u00E9+1";
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph(odd, articleModel(odd, "t")), new ArticleGraph("b", articleModel("b", "u"))));
            assertEquals(List.of(odd, "b"), store.articleIds());
        }
    }

    @Test
    void sortedQuadsAreSortedAndStable() {
        Path dir = tmp.resolve("kg");
        List<Quad> first;
        try (KgStore store = KgStore.open(dir)) {
            store.replace(List.of(new ArticleGraph("b", articleModel("b", "z text")),
                    new ArticleGraph("a", articleModel("a", "a text")),
                    new ArticleGraph("c", articleModel("c", "m text"))));
            first = store.sortedQuads();
            List<Quad> resorted = new ArrayList<>(first);
            java.util.Collections.shuffle(resorted, new java.util.Random(42));
            resorted.sort(QuadOrder.INSTANCE);
            assertEquals(resorted, first);
            for (int i = 1; i < first.size(); i++) {
                assertTrue(QuadOrder.INSTANCE.compare(first.get(i - 1), first.get(i)) < 0,
                        "strictly increasing: quads are distinct and ordered");
            }
            assertEquals(graph("a"), first.get(0).getGraph());
            assertEquals(graph("c"), first.get(first.size() - 1).getGraph());
            assertEquals(first, store.sortedQuads());
        }
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(first, store.sortedQuads(), "same order after re-opening");
        }
    }

    @Test
    void unionDefaultGraphSeesBothGraphsOnce() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first")),
                    new ArticleGraph("a2", articleModel("a2", "second"))));

            assertEquals(Set.of("first", "second"), texts(store));
            // The Iraq triples are in both graphs; the union default graph holds them once.
            assertEquals(1, count(store, "<" + Iris.actor("country/iraq") + "> rdfs:label ?l"));
            assertEquals(2, count(store, "?s a nkg:Article"));
            assertEquals(2, count(store, "?s nkg:speaker <" + Iris.actor("country/iraq") + ">"));
            long distinctTriples = store.sortedQuads().stream().map(Quad::asTriple).distinct().count();
            assertEquals(distinctTriples, count(store, "?s ?p ?o"));
            assertEquals(2, count(store, "GRAPH ?g { <" + Iris.actor("country/iraq") + "> rdfs:label ?l }"),
                    "the named graphs still hold their own copy");
        }
    }

    @Test
    void queryBindingsAreSubstituted() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first")),
                    new ArticleGraph("a2", articleModel("a2", "second"))));
            Map<String, RDFNode> bindings = Map.of("t", ResourceFactory.createStringLiteral("second"));

            List<String> statements = store.query(QueryFactory.create(PREFIX + "SELECT ?s WHERE { ?s nkg:text ?t }"),
                    bindings, exec -> {
                        List<String> out = new ArrayList<>();
                        ResultSet rs = exec.execSelect();
                        rs.forEachRemaining((QuerySolution s) -> out.add(s.getResource("s").getURI()));
                        return out;
                    });

            assertEquals(List.of(Iris.statement("a2", 1)), statements);
        }
    }

    @Test
    void readGivesTheRawDataset() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first"))));
            boolean has = store.read(ds -> ds.containsNamedModel(Iris.graph("a1")));
            long size = store.read(ds -> ds.getNamedModel(Iris.graph("a1")).size());

            assertTrue(has);
            assertEquals(articleModel("a1", "first").size(), size);
        }
    }

    @Test
    void openExistingOnMissingDirectoryFailsClearly() {
        Path missing = tmp.resolve("no-such-store");

        StoreException e = assertThrows(StoreException.class, () -> KgStore.openExisting(missing));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().startsWith("no store at "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(missing), "a read command must not create an empty store");
    }

    @Test
    void openOnARegularFileFailsClearly() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");

        StoreException e = assertThrows(StoreException.class, () -> KgStore.open(file));
        assertEquals("store " + file + " is not a directory", e.getMessage());
        StoreException e2 = assertThrows(StoreException.class, () -> KgStore.openExisting(file));
        assertTrue(e2.getMessage().contains(file.toString()), e2.getMessage());
    }

    @Test
    void queriesSortLargeResultsOnDiskRatherThanInTheHeap() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first"))));
            Object threshold = store.query(QueryFactory.create(PREFIX + "SELECT ?t WHERE { ?s nkg:text ?t } ORDER BY ?t"), Map.of(),
                    exec -> exec.getContext().get(ARQ.spillToDiskThreshold));
            assertEquals((Object) KgStore.QUERY_SPILL_ROWS, threshold, "a listing query over a large store sorts within a bounded heap");
            assertEquals((Object) KgStore.QUERY_SPILL_ROWS, store.servedDatasetGraph().getContext().get(ARQ.spillToDiskThreshold),
                    "and so does the SPARQL server");
            assertEquals(Set.of("first"), texts(store));
        }
    }

    @Test
    void aPassWithDirectFileAccessWritesThroughToTheStoreAndLeavesItMappedAgain() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(List.of(new ArticleGraph("a1", articleModel("a1", "first"))));
            assertTrue(store.indexesMapped(), "TDB2 maps its indexes by default on a 64-bit JVM");
            String derived = "urn:test:derived";
            Model links = ModelFactory.createDefaultModel();
            links.createResource("urn:test:x").addProperty(RDFS.label, "linked");

            boolean mappedInside = store.withDirectFileAccess(() -> {
                assertEquals(FileMode.mapped, IndexFileMode.current(),
                        "a store opened during the pass is mapped as usual");
                assertEquals(Set.of("first"), texts(store), "the pass reads what the store held");
                store.replaceGraph(derived, links);
                return store.indexesMapped();
            });

            assertFalse(mappedInside, "the pass ran on pages read and written with file I/O");
            assertTrue(store.indexesMapped(), "and the store is mapped again afterwards");
            assertEquals(FileMode.mapped, IndexFileMode.current(), "for every store opened later too");
            Set<String> labels = store.query(QueryFactory.create("SELECT ?l WHERE { GRAPH <" + derived + "> { ?s ?p ?l } }"), Map.of(),
                    exec -> {
                        Set<String> out = new java.util.TreeSet<>();
                        exec.execSelect().forEachRemaining(row -> out.add(row.get("l").toString()));
                        return out;
                    });
            assertEquals(Set.of("linked"), labels, "what the pass wrote is in the store");
        }
        try (KgStore reopened = KgStore.open(tmp.resolve("kg"))) {
            assertEquals(Set.of("first"), texts(reopened), "and stays there after the store is closed");
        }
    }
}
