package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.resolve.ActorResolver;
import org.newskg.store.ArticleGraph;
import org.newskg.store.KgStore;

/**
 * The statement and article counts of the {@code actors} query, on a real TDB2 store whose graphs are
 * written here, for the case its counting depends on: a person named two ways, whose two nodes are
 * linked by resolution and appear together in one article. The query counts without a DISTINCT over
 * every pair of the store, so an article both nodes name must still count once, and every
 * statement of either node once.
 */
class ActorsQueryCountsTest {

    private final Map<String, Model> articles = new TreeMap<>();

    @Test
    void aCanonicalPersonCountsTheStatementsAndArticlesOfItsLinkedNodesOnce(@TempDir Path dir) throws Exception {
        // "a1" names the person both ways and quotes each form; "a2" only the short form.
        person("a1", "person/patrick-ryder", "Patrick Ryder");
        person("a1", "person/pat-ryder", "Pat Ryder");
        statement("a1", 1, "person/pat-ryder");
        statement("a1", 2, "person/patrick-ryder");
        person("a2", "person/pat-ryder", "Pat Ryder");
        statement("a2", 1, "person/pat-ryder");
        // A person nothing is linked to, in two articles, speaking in one of them twice.
        person("a3", "person/ngozi-okafor", "Ngozi Okafor");
        statement("a3", 1, "person/ngozi-okafor");
        statement("a3", 2, "person/ngozi-okafor");
        person("a4", "person/ngozi-okafor", "Ngozi Okafor");

        Map<String, List<String>> rows;
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            List<ArticleGraph> graphs = new ArrayList<>();
            articles.forEach((id, model) -> graphs.add(new ArticleGraph(id, model)));
            store.replace(graphs);
            assertEquals(List.of(Iris.actor("person/pat-ryder") + " -> " + Iris.actor("person/patrick-ryder")),
                    new ActorResolver().run(store).merges().stream().map(m -> m.actor() + " -> " + m.canonical()).toList());
            rows = actorsRows(store);
        }

        // label, statements, articles, merged nodes; the linked short form has no row of its own.
        assertEquals(Map.of(
                Iris.actor("person/patrick-ryder"), List.of("Patrick Ryder", "3", "2", "1"),
                Iris.actor("person/ngozi-okafor"), List.of("Ngozi Okafor", "2", "2", "0")), rows);
    }

    private static Map<String, List<String>> actorsRows(KgStore store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store, QueryCatalog.bundled("actors").orElseThrow(), Map.of(), ResultFormat.CSV, out);
        Map<String, List<String>> rows = new TreeMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            rows.put(r.get("actor"), List.of(r.get("label"), r.get("statements"), r.get("articles"), r.get("merged")));
        }
        return rows;
    }

    private Model article(String id) {
        return articles.computeIfAbsent(id, k -> {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(Iris.article(id), NKG.Article);
            return m;
        });
    }

    private void person(String articleId, String key, String label) {
        Model m = article(articleId);
        m.createResource(Iris.actor(key), NKG.Actor).addProperty(RDF.type, NKG.Person).addProperty(RDFS.label, label)
                .addProperty(PROV.wasDerivedFrom, m.createResource(Iris.article(articleId)));
    }

    private void statement(String articleId, int number, String speakerKey) {
        Model m = article(articleId);
        Resource s = m.createResource(Iris.statement(articleId, number), NKG.Statement);
        s.addProperty(NKG.speaker, m.createResource(Iris.actor(speakerKey)));
        s.addProperty(NKG.text, "statement " + number);
        s.addProperty(PROV.wasDerivedFrom, m.createResource(Iris.article(articleId)));
    }
}
