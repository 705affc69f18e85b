package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;

/**
 * The first load of an empty store ({@link KgStore#bulkLoad()}) against transactional writes of the
 * same graphs, both read back through plain Jena: every quad index must find every quad, since each
 * was written from its own sort. Also: an abandoned or interrupted first load leaves the store
 * empty, and the loaded store takes transactional writes afterwards.
 */
class FirstLoadTest {

    @TempDir
    Path tmp;

    /**
     * Article graphs with shared actors, per-article statements, strings, language-tagged and
     * typed literals (some of which TDB2 stores inline in the node id: integers, dates, booleans,
     * decimals), so that ids of every kind and sign bit meet in the sort.
     */
    static List<ArticleGraph> articles(int n, long seed) {
        Random r = new Random(seed);
        Property[] predicates = {NKG.speaker, NKG.text, NKG.about, NKG.date, NKG.count, NKG.mode, NKG.anonymous, NKG.strength};
        List<ArticleGraph> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            String id = String.format("art-%04d", a);
            Model m = ModelFactory.createDefaultModel();
            Resource article = m.createResource(Iris.article(id), NKG.Article);
            for (int k = 0; k < 1 + r.nextInt(12); k++) {
                Resource s = r.nextInt(3) == 0 ? m.createResource(Iris.actor("person/p" + r.nextInt(40)))
                        : m.createResource(Iris.statement(id, k), NKG.Statement);
                Property p = predicates[r.nextInt(predicates.length)];
                RDFNode o = switch (r.nextInt(8)) {
                    case 0 -> m.createResource(Iris.actor("country/c" + r.nextInt(20)));
                    case 1 -> m.createTypedLiteral(String.valueOf(r.nextInt(2_000_000) - 1_000_000), XSDDatatype.XSDinteger);
                    case 2 -> m.createTypedLiteral(String.format("20%02d-%02d-%02d", r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                            XSDDatatype.XSDdate);
                    case 3 -> m.createTypedLiteral(r.nextBoolean());
                    case 4 -> m.createLiteral("quote " + r.nextInt(500), "en");
                    case 5 -> m.createTypedLiteral("1" + r.nextInt(100) + ".25", XSDDatatype.XSDdecimal);
                    case 6 -> m.createTypedLiteral("1.5e" + r.nextInt(300), XSDDatatype.XSDdouble);
                    default -> m.createLiteral("said " + r.nextInt(1_000) + " in article " + id);
                };
                s.addProperty(p, o);
                s.addProperty(org.newskg.rdf.PROV.wasDerivedFrom, article);
            }
            out.add(new ArticleGraph(id, m));
        }
        return out;
    }

    private static Set<String> quads(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        Set<String> out = new TreeSet<>();
        dsg.find(g, s, p, o).forEachRemaining(q -> out.add(q.toString()));
        return out;
    }

    /** The same look-ups, each answered by a different quad index, on both stores. */
    static void assertSameAnswers(Path expectedDir, Path actualDir, List<ArticleGraph> graphs) {
        Dataset expected = TDB2Factory.connectDataset(expectedDir.toString());
        Dataset actual = TDB2Factory.connectDataset(actualDir.toString());
        try {
            Set<Node> subjects = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
            Set<Node> predicates = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
            Set<Node> objects = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
            for (ArticleGraph g : graphs) {
                g.model().getGraph().find().forEachRemaining(t -> {
                    subjects.add(t.getSubject());
                    predicates.add(t.getPredicate());
                    objects.add(t.getObject());
                });
            }
            List<Function<DatasetGraph, Set<String>>> lookups = new ArrayList<>();
            lookups.add(d -> quads(d, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            for (ArticleGraph g : graphs.subList(0, 20)) {
                lookups.add(d -> quads(d, NodeFactory.createURI(Iris.graph(g.articleId())), Node.ANY, Node.ANY, Node.ANY)); // GSPO
            }
            subjects.forEach(s -> lookups.add(d -> quads(d, Node.ANY, s, Node.ANY, Node.ANY)));                           // SPOG
            predicates.forEach(p -> lookups.add(d -> quads(d, Node.ANY, Node.ANY, p, Node.ANY)));                         // POSG
            objects.forEach(o -> lookups.add(d -> quads(d, Node.ANY, Node.ANY, Node.ANY, o)));                            // OSPG
            objects.forEach(o -> lookups.add(d -> quads(d, Node.ANY, Node.ANY, NKG.about.asNode(), o)));                  // POSG, both bound
            int nonEmpty = 0;
            for (Function<DatasetGraph, Set<String>> lookup : lookups) {
                Set<String> want = Txn.calculateRead(expected, () -> lookup.apply(expected.asDatasetGraph()));
                Set<String> got = Txn.calculateRead(actual, () -> lookup.apply(actual.asDatasetGraph()));
                assertEquals(want, got);
                nonEmpty += want.isEmpty() ? 0 : 1;
            }
            assertTrue(nonEmpty > lookups.size() / 2, "the look-ups found something: " + nonEmpty + " of " + lookups.size());
        } finally {
            TDBInternal.expel(expected.asDatasetGraph());
            TDBInternal.expel(actual.asDatasetGraph());
        }
    }

    static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFirstLoadSpilledToManyRunsStoresWhatTransactionsStoreInEveryIndex() throws IOException {
        List<ArticleGraph> graphs = articles(400, 11);
        Path txn = tmp.resolve("txn");
        Path bulk = tmp.resolve("bulk");
        try (KgStore store = KgStore.open(txn)) {
            store.replace(graphs.subList(0, 150));
            store.replace(graphs.subList(150, graphs.size()));
        }
        try (KgStore store = KgStore.open(bulk)) {
            KgStore.BulkLoad load = store.bulkLoad(500); // several sorted runs on disk, the rest in memory
            load.add(graphs.subList(0, 123));
            load.add(graphs.subList(123, graphs.size()));
            load.finish();
            assertFalse(store.isEmpty());
            assertEquals(graphs.stream().map(ArticleGraph::articleId).sorted().toList(), store.articleIds());
        }
        assertEquals(List.of("Data-0002", "tdb.cfg", "tdb.lock"), entries(bulk), "the loaded storage replaced the empty one");
        assertEquals(List.of(), entries(bulk.resolve("Data-0002")).stream().filter(f -> f.contains("newskg")).toList(),
                "no sorted runs left behind");
        assertSameAnswers(txn, bulk, graphs);

        // The loaded store takes transactional writes like any other.
        List<ArticleGraph> more = articles(30, 12);
        List<ArticleGraph> replaced = new ArrayList<>();
        for (ArticleGraph g : more) {
            replaced.add(new ArticleGraph(g.articleId().replace("art-", "art-0"), g.model())); // ids 0..29 again: replace
        }
        for (Path dir : List.of(txn, bulk)) {
            try (KgStore store = KgStore.open(dir)) {
                store.replace(replaced);
            }
        }
        List<ArticleGraph> after = new ArrayList<>(replaced);
        after.addAll(graphs.subList(30, graphs.size()));
        assertSameAnswers(txn, bulk, after);
    }

    @Test
    void anAbandonedFirstLoadLeavesTheStoreEmptyAndUsable() throws IOException {
        Path dir = tmp.resolve("kg");
        try (KgStore store = KgStore.open(dir)) {
            KgStore.BulkLoad load = store.bulkLoad(100);
            load.add(articles(50, 3));
            load.abort(new RuntimeException("input failed"));
            assertTrue(store.isEmpty());
            assertEquals(List.of("Data-0001", "tdb.cfg", "tdb.lock"), entries(dir));
            store.replace(articles(2, 4));
            assertEquals(List.of("art-0000", "art-0001"), store.articleIds());
        }
    }

    @Test
    void aFirstLoadOfNothingLeavesTheStoreAsItWas() throws IOException {
        Path dir = tmp.resolve("kg");
        try (KgStore store = KgStore.open(dir)) {
            KgStore.BulkLoad load = store.bulkLoad();
            load.finish();
            assertTrue(store.isEmpty());
        }
        assertEquals(List.of("Data-0001", "tdb.cfg", "tdb.lock"), entries(dir));
    }

    @Test
    void aStorageDirectoryLeftByAKilledFirstLoadIsDeletedWhenTheStoreIsOpened() throws IOException {
        Path dir = tmp.resolve("kg");
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(store.isEmpty());
        }
        // What a load killed before its rename leaves: the next storage generation, still "-tmp".
        Path building = Files.createDirectories(dir.resolve("Data-0002-tmp").resolve("newskg-runs"));
        Files.write(building.resolve("run-0-0.bin"), new byte[64]);
        Files.write(dir.resolve("Data-0002-tmp").resolve("GSPO.dat"), new byte[8192]);
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(store.isEmpty());
            assertFalse(Files.exists(dir.resolve("Data-0002-tmp")), "TDB2 removes a -tmp storage directory on open");
        }
    }

    @Test
    void aStoreThatIsNotEmptyRefusesAFirstLoad() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            store.replace(articles(1, 5));
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, store::bulkLoad);
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        }
    }

    @Test
    void theNodeFileLengthIsCountedOnThisJenaAndAnAbortedWriteLeavesTheNodesConsistent() {
        Path dir = tmp.resolve("plain");
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        try {
            var nodes = TDBInternal.getDatasetGraphTDB(ds).getQuadTable().getNodeTupleTable().getNodeTable();
            assertTrue(NodeFileLength.install(nodes), "Jena's node table layout changed: the workaround no longer applies");
            Node kept = NodeFactory.createLiteralString("kept");
            Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(NodeFactory.createURI("urn:g"),
                    NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), kept));
            // A write that is aborted truncates the node file back; the nodes written after it must still read back.
            ds.begin(org.apache.jena.query.TxnType.WRITE);
            ds.asDatasetGraph().add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString("dropped ".repeat(50)));
            ds.abort();
            ds.end();
            Node after = NodeFactory.createLiteralString("after the abort");
            Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s2"),
                    NodeFactory.createURI("urn:p"), after));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
        Dataset again = TDB2Factory.connectDataset(dir.toString());
        try {
            Set<String> objects = Txn.calculateRead(again, () -> {
                Set<String> out = new TreeSet<>();
                again.asDatasetGraph().find().forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
                return out;
            });
            assertEquals(Set.of("kept", "after the abort"), objects);
        } finally {
            TDBInternal.expel(again.asDatasetGraph());
        }
    }
}
