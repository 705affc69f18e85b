package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.store.ArticleGraph;
import org.newskg.store.KgStore;

/**
 * Resolution read from a real TDB2 store whose article graphs are written here, triple by
 * triple: which event reports are linked (same class, a shared participant, at most a day
 * apart, different articles; never an aggregate), which names of people, and which actors get one
 * display label. The store is read as node ids ({@link EventResolver}, {@link ActorNames}), so
 * this checks that reading against what the rules say the union of the graphs holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreResolutionTest {

    private final Map<String, Model> articles = new TreeMap<>();
    private ActorResolver.Resolution resolution;
    private Map<String, String> prefLabels;

    @BeforeAll
    void resolve(@TempDir Path dir) {
        // Two articles a day apart on one attack on one target: linked to the earlier report.
        event("east-1", 1, NKG.Attack, "2024-03-05", "target", "country/avalon");
        event("east-2", 4, NKG.Attack, "2024-03-06", "target", "country/avalon");
        // Three reports of one day, two of them in one article: both linked to the least IRI.
        event("north-1", 2, NKG.Airstrike, "2024-05-10", "agent", "organization/sky-wing");
        event("north-2", 1, NKG.Airstrike, "2024-05-10", "agent", "organization/sky-wing");
        event("north-2", 3, NKG.Airstrike, "2024-05-10", "agent", "organization/sky-wing");
        // Two days apart, one article twice, another class, an aggregate, a month-only date: none linked.
        event("south-1", 1, NKG.Attack, "2024-04-01", "target", "country/borduria");
        event("south-2", 1, NKG.Attack, "2024-04-03", "target", "country/borduria");
        event("west-1", 1, NKG.Withdrawal, "2024-06-01", "place", "country/syldavia");
        event("west-1", 2, NKG.Withdrawal, "2024-06-01", "place", "country/syldavia");
        event("west-2", 1, NKG.Announcement, "2024-06-01", "place", "country/syldavia");
        Resource aggregate = event("west-3", 1, NKG.Withdrawal, "2024-06-02", "place", "country/syldavia");
        aggregate.addLiteral(NKG.count, 60);
        event("west-4", 1, NKG.Withdrawal, "2024-06", "place", "country/syldavia").removeAll(NKG.date)
                .addProperty(NKG.date, "2024-06", XSDDatatype.XSDgYearMonth);
        // People: a full name and its bare surname are linked; an anonymous "Okafor" and a
        // non-person node labelled "Okafor" are not among the names compared.
        person("east-1", "person/ngozi-okafor", "Ngozi Okafor");
        person("east-2", "person/okafor", "Okafor");
        person("north-1", "person/okafor-source", "Okafor").addLiteral(NKG.anonymous, true);
        actor("south-1", "group/okafor", NKG.Person, "Okafor");
        // One organisation spelled two ways in two articles gets the least label as its display label.
        actor("north-1", "organization/sky-wing", NKG.Organization, "Sky Wing");
        actor("north-2", "organization/sky-wing", NKG.Organization, "SKY WING");

        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            List<ArticleGraph> graphs = new ArrayList<>();
            articles.forEach((id, model) -> graphs.add(new ArticleGraph(id, model)));
            store.replace(graphs);
            resolution = new ActorResolver().run(store);
            prefLabels = store.read(dataset -> {
                Model resolved = dataset.getNamedModel(Iris.RESOLUTION_GRAPH);
                Map<String, String> labels = new TreeMap<>();
                resolved.listStatements(null, SKOS.prefLabel, (String) null)
                        .forEachRemaining(s -> labels.put(s.getSubject().getURI(), s.getString()));
                return labels;
            });
        }
    }

    private Model article(String id) {
        return articles.computeIfAbsent(id, k -> ModelFactory.createDefaultModel());
    }

    private Resource event(String articleId, int number, Resource type, String day, String role, String participant) {
        Model m = article(articleId);
        Resource e = m.createResource(Iris.event(articleId, number), NKG.Event)
                .addProperty(RDF.type, type)
                .addProperty(NKG.date, day, XSDDatatype.XSDdate)
                .addProperty(PROV.wasDerivedFrom, m.createResource(Iris.article(articleId)));
        Resource who = m.createResource(Iris.actor(participant));
        e.addProperty(switch (role) {
            case "target" -> NKG.target;
            case "agent" -> NKG.agent;
            default -> NKG.place;
        }, who);
        return e;
    }

    private Resource actor(String articleId, String key, Resource type, String label) {
        Model m = article(articleId);
        return m.createResource(Iris.actor(key), NKG.Actor).addProperty(RDF.type, type).addProperty(RDFS.label, label);
    }

    private Resource person(String articleId, String key, String label) {
        return actor(articleId, key, NKG.Person, label);
    }

    /** Links of nodes under one kind of IRI ("event/", "actor/"), by the rest of their IRIs. */
    private Map<String, String> links(String kind) {
        String prefix = Iris.BASE + kind;
        return resolution.merges().stream().filter(m -> m.actor().startsWith(prefix))
                .collect(Collectors.toMap(m -> m.actor().substring(prefix.length()), m -> m.canonical().substring(prefix.length()),
                        (a, b) -> a + " and " + b, TreeMap::new));
    }

    private String reason(String node) {
        return resolution.merges().stream().filter(m -> m.actor().equals(node)).map(ActorResolver.Merge::reason).findFirst().orElse(null);
    }

    @Test
    void reportsOfOneEventInDifferentArticlesAtMostADayApartAreLinkedToTheEarliestThenLeastIri() {
        // Not linked: two days apart (south), one article twice, another class, an aggregate
        // and a month-only date (west).
        assertEquals(Map.of("east-2/4", "east-1/1", "north-2/1", "north-1/2", "north-2/3", "north-1/2"), links("event/"));
        assertEquals("same Attack reported by two articles: 2024-03-05 and 2024-03-06, same target country/avalon",
                reason(Iris.event("east-2", 4)));
        assertEquals("same Airstrike reported by two articles: 2024-05-10 and 2024-05-10, same agent organization/sky-wing",
                reason(Iris.event("north-2", 3)));
    }

    @Test
    void namedPeopleAreComparedButNotAnonymousSourcesOrNodesOutsideThePeopleIris() {
        assertEquals(Map.of("person/okafor", "person/ngozi-okafor"), links("actor/"));
        assertEquals("surname: 'Okafor' is the surname of 'Ngozi Okafor', the only person of that surname in the store",
                reason(Iris.actor("person/okafor")));
    }

    @Test
    void anActorLabelledTwoWaysAndACanonicalPersonGetOneDisplayLabel() {
        assertEquals(Map.of(Iris.actor("organization/sky-wing"), "SKY WING", Iris.actor("person/ngozi-okafor"), "Ngozi Okafor"), prefLabels);
    }
}
