package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.testutil.StoreCopy;
import org.newskg.rdf.NKG;

/** {@link KgStore#compact} on real TDB2 stores: same quads in every index, less disk, all or nothing. */
class CompactionTest {

    @TempDir
    Path tmp;

    /** A store written the way incremental ingests write one: many batches, every article replaced once. */
    private static void writeInBatches(Path dir, int batch) {
        List<ArticleGraph> first = FirstLoadTest.articles(400, 1L);
        List<ArticleGraph> replaced = FirstLoadTest.articles(400, 2L); // the same ids, other content
        try (KgStore store = KgStore.open(dir)) {
            for (List<ArticleGraph> round : List.of(first, replaced)) {
                for (int i = 0; i < round.size(); i += batch) {
                    store.replace(round.subList(i, Math.min(round.size(), i + batch)));
                }
            }
            Model links = ModelFactory.createDefaultModel();
            links.createResource(Iris.actor("person/p1")).addProperty(NKG.canonical, links.createResource(Iris.actor("person/p2")));
            store.replaceGraph(Iris.RESOLUTION_GRAPH, links);
        }
    }

    @Test
    void compactionKeepsEveryQuadInEveryIndexAndGivesBackTheReplacedPages() throws IOException {
        Path dir = tmp.resolve("kg");
        writeInBatches(dir, 10);
        Path copy = StoreCopy.copy(dir, tmp.resolve("before-compaction"));
        List<Quad> quads;
        KgStore.Compaction c;
        List<Long> reported = new ArrayList<>();
        try (KgStore store = KgStore.open(dir)) {
            quads = store.sortedQuads();
            c = store.compact(reported::add);
            assertEquals(quads, store.sortedQuads(), "the store reads the same quads once switched to the compacted copy");
        }
        assertEquals(quads.size(), c.quads());
        assertEquals(401, c.graphs(), "400 articles and the resolution graph");
        assertEquals(401, reported.size(), "progress after each graph");
        assertEquals(c.quads(), reported.get(reported.size() - 1));
        assertTrue(c.bytesAfter() < c.bytesBefore(), "compaction gave nothing back: " + c);
        assertEquals(List.of("Data-0002", "tdb.cfg", "tdb.lock"), FirstLoadTest.entries(dir), "the old generation is deleted");
        assertTrue(Files.exists(dir.resolve("Data-0002").resolve("OSPG.bpt")));
        assertFalse(Files.exists(dir.resolve("Data-0002").resolve("GPOS.bpt")), "the store's four quad indexes, not TDB2's six");
        FirstLoadTest.assertSameAnswers(copy, dir, withoutDoubles(FirstLoadTest.articles(400, 2L)));
        try (KgStore reopened = KgStore.open(dir)) {
            assertEquals(quads, reopened.sortedQuads());
        }
    }

    @Test
    void aStoreMadeWithTdb2DefaultsKeepsItsSixIndexes() throws IOException {
        Path dir = tmp.resolve("old");
        Dataset plain = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(plain, () -> FirstLoadTest.articles(30, 5L).forEach(g -> g.model().getGraph().find()
                .forEachRemaining(t -> plain.asDatasetGraph().add(NodeFactory.createURI(Iris.graph(g.articleId())),
                        t.getSubject(), t.getPredicate(), t.getObject()))));
        TDBInternal.expel(plain.asDatasetGraph());
        Path copy = StoreCopy.copy(dir, tmp.resolve("before-compaction"));
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(store.sortedQuads().size(), store.compact(n -> { }).quads());
        }
        assertTrue(Files.exists(dir.resolve("Data-0002").resolve("GPOS.bpt")));
        assertTrue(Files.exists(dir.resolve("Data-0002").resolve("GOSP.bpt")));
        try (KgStore original = KgStore.open(copy); KgStore compacted = KgStore.open(dir)) {
            assertEquals(original.sortedQuads(), compacted.sortedQuads());
        }
        FirstLoadTest.assertSameAnswers(copy, dir, withoutDoubles(FirstLoadTest.articles(30, 5L)));
    }

    /**
     * The graphs without their xsd:double objects, for look-ups by the terms as generated. TDB2's
     * node table keeps a double it cannot inline by value, so any copy of a store (a dump and
     * reload too) holds "1.5E122" where "1.5e122" was written, and a look-up by the written form
     * finds it in the original only. newskg writes no doubles.
     */
    private static List<ArticleGraph> withoutDoubles(List<ArticleGraph> graphs) {
        return graphs.stream().map(g -> {
            Model m = ModelFactory.createDefaultModel().add(g.model());
            m.remove(m.listStatements().filterKeep(st -> st.getObject().isLiteral()
                    && XSDDatatype.XSDdouble.getURI().equals(st.getLiteral().getDatatypeURI())).toList());
            return new ArticleGraph(g.articleId(), m);
        }).toList();
    }

    @Test
    void aStoreWithTriplesInItsDefaultGraphIsRefusedAndLeftAsItWas() throws IOException {
        Path dir = tmp.resolve("kg");
        writeInBatches(dir, 100);
        Dataset plain = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(plain, () -> plain.asDatasetGraph().getDefaultGraph().add(Triple.create(NodeFactory.createURI("urn:x:s"),
                NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("written by a SPARQL update"))));
        TDBInternal.expel(plain.asDatasetGraph());
        try (KgStore store = KgStore.open(dir)) {
            List<Quad> before = store.sortedQuads();
            StoreException e = assertThrows(StoreException.class, () -> store.compact(n -> { }));
            assertTrue(e.getMessage().contains("default graph"), e.getMessage());
            assertEquals(before, store.sortedQuads());
        }
        assertEquals(List.of("Data-0001", "tdb.cfg", "tdb.lock"), FirstLoadTest.entries(dir));
    }

    @Test
    void aGenerationLeftByAStoppedCompactionIsIgnoredAndThenDeleted() throws IOException {
        Path dir = tmp.resolve("kg");
        writeInBatches(dir, 100);
        List<Quad> quads;
        try (KgStore store = KgStore.open(dir)) {
            quads = store.sortedQuads();
            store.compact(n -> { });
        }
        // As a compaction killed after renaming its copy into place, before deleting the old one:
        // TDB2 opens the newest generation and leaves the older one alone.
        Path stale = StoreCopy.copy(dir.resolve("Data-0002"), dir.resolve("Data-0001"));
        Files.writeString(stale.resolve("GSPO.dat"), "not an index"); // never read
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(quads, store.sortedQuads());
            store.compact(n -> { });
            assertEquals(quads, store.sortedQuads());
        }
        assertEquals(List.of("Data-0003", "tdb.cfg", "tdb.lock"), FirstLoadTest.entries(dir), "every older generation deleted");
    }

    @Test
    void anEmptyStoreStaysAsItIs() throws IOException {
        Path dir = tmp.resolve("empty");
        try (KgStore store = KgStore.open(dir)) {
            KgStore.Compaction c = store.compact(n -> { });
            assertEquals(0, c.quads());
            assertTrue(store.isEmpty());
        }
        assertEquals(List.of("Data-0001", "tdb.cfg", "tdb.lock"), FirstLoadTest.entries(dir));
    }
}
