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
        assertEquals(4 * c.quads(), reported.get(reported.size() - 1), "progress counts the records of all four indexes");
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1), "progress went back: " + reported);
        }
        assertTrue(c.bytesAfter() < c.bytesBefore(), "compaction gave nothing back: " + c);
        assertEquals(List.of("Data-0002", "tdb.cfg", "tdb.lock"), FirstLoadTest.entries(dir), "the old generation is deleted");
        assertTrue(Files.exists(dir.resolve("Data-0002").resolve("OSPG.bpt")));
        assertFalse(Files.exists(dir.resolve("Data-0002").resolve("GPOS.bpt")), "the store's four quad indexes, not TDB2's six");
        FirstLoadTest.assertSameAnswers(copy, dir, FirstLoadTest.articles(400, 2L));
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
        FirstLoadTest.assertSameAnswers(copy, dir, FirstLoadTest.articles(30, 5L));
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
