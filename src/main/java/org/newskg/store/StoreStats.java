package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/** Counts for {@code newskg stats}: articles, quads, nodes by class, size on disk. */
public record StoreStats(int articles, long quads, Map<String, Long> byClass, long bytesOnDisk) {

    public static StoreStats of(KgStore store) {
        int articles = store.articleIds().size();
        return store.read((Dataset ds) -> {
            long quads = 0;
            Map<String, java.util.Set<Node>> members = new TreeMap<>();
            var it = ds.asDatasetGraph().find();
            while (it.hasNext()) {
                Quad q = it.next();
                quads++;
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()
                        && q.getObject().getURI().startsWith(NKG.NS)) {
                    members.computeIfAbsent(q.getObject().getLocalName(), k -> new java.util.HashSet<>()).add(q.getSubject());
                }
            }
            Map<String, Long> byClass = new TreeMap<>();
            members.forEach((k, v) -> byClass.put(k, (long) v.size()));
            return new StoreStats(articles, quads, byClass, size(store.directory()));
        });
    }

    /** The length of every file under {@code dir}, summed (TDB2's sparse files count at their apparent size). */
    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
