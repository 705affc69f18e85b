package org.newskg.rdf;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleMeta;
import org.newskg.extract.Actor;
import org.newskg.extract.ActorMention;
import org.newskg.extract.ActorRelation;
import org.newskg.extract.AgreementFact;
import org.newskg.extract.Deployment;
import org.newskg.extract.Event;
import org.newskg.extract.EventType;
import org.newskg.extract.ActorType;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Evidence;
import org.newskg.extract.Statement;
import org.newskg.time.Day;
import org.newskg.time.Month;
import org.newskg.time.Season;
import org.newskg.time.TimeValue;
import org.newskg.time.YearValue;

/**
 * Extraction records → the RDF graph of one article. No blank nodes, so the same extraction
 * always gives the same triples. Every extracted node carries {@code prov:wasDerivedFrom} its
 * article and {@code nkg:evidence} its sentence span.
 */
public final class ExtractionMapper {

    private ExtractionMapper() {
    }

    public static Model map(ArticleExtraction x) {
        Model m = ModelFactory.createDefaultModel();
        Article article = x.article();
        Resource a = article(m, article);
        for (Actor actor : x.actors()) {
            actor(m, article.id(), a, actor);
        }
        for (Statement s : x.statements()) {
            statement(m, article.id(), a, s);
        }
        for (Event e : x.events()) {
            event(m, article.id(), a, e);
        }
        for (Deployment d : x.deployments()) {
            deployment(m, article.id(), a, d);
        }
        for (AgreementFact g : x.agreements()) {
            agreement(m, article.id(), a, g);
        }
        for (ActorMention mention : x.mentions()) {
            m.createResource(Iris.actor(mention.actor())).addProperty(NKG.evidence, evidence(m, article.id(), a, mention.evidence()));
        }
        for (ActorRelation r : x.relations()) {
            m.createResource(Iris.actor(r.subject())).addProperty(relation(r.kind()), m.createResource(Iris.actor(r.object())));
        }
        return m;
    }

    private static void event(Model m, String articleId, Resource article, Event e) {
        Resource r = m.createResource(Iris.event(articleId, e.number()), NKG.Event);
        if (e.type() != EventType.OTHER) {
            r.addProperty(RDF.type, m.createResource(NKG.NS + e.type().className()));
        }
        r.addProperty(RDFS.label, e.trigger());
        link(m, r, NKG.agent, e.agent());
        link(m, r, NKG.target, e.target());
        link(m, r, NKG.place, e.place());
        link(m, r, NKG.victim, e.victim());
        date(r, NKG.date, e.date());
        date(r, NKG.since, e.since());
        integer(m, r, NKG.count, e.count());
        if (e.countQualifier() != null) {
            r.addProperty(NKG.countQualifier, e.countQualifier());
        }
        integer(m, r, NKG.killed, e.killed());
        integer(m, r, NKG.injured, e.injured());
        r.addProperty(PROV.wasDerivedFrom, article);
        r.addProperty(NKG.primaryEvidence, evidence(m, articleId, article, e.evidence()));
        for (Evidence mention : e.mentions()) {
            r.addProperty(NKG.evidence, evidence(m, articleId, article, mention));
        }
    }

    private static void deployment(Model m, String articleId, Resource article, Deployment d) {
        Resource r = m.createResource(Iris.actor(d.key()));
        r.addProperty(NKG.stationedIn, m.createResource(Iris.actor(d.location())));
        r.addProperty(NKG.partOf, m.createResource(Iris.actor(d.forces())));
        integer(m, r, NKG.strength, d.strength());
        if (d.qualifier() != null && d.strength() != null) {
            r.addProperty(NKG.countQualifier, d.qualifier());
        }
        r.addProperty(NKG.evidence, evidence(m, articleId, article, d.evidence()));
    }

    private static void agreement(Model m, String articleId, Resource article, AgreementFact g) {
        Resource r = m.createResource(Iris.agreement(g.key()), NKG.Agreement);
        r.addProperty(RDFS.label, g.label());
        g.parties().forEach(p -> r.addProperty(NKG.party, m.createResource(Iris.actor(p))));
        link(m, r, NKG.establishes, g.establishes());
        if (g.purpose() != null) {
            r.addProperty(NKG.purpose, g.purpose());
        }
        date(r, NKG.date, g.date());
        period(r, g.date().value());
        if (g.date().known()) {
            r.addProperty(NKG.dateRule, g.date().rule());
            if (!g.date().anchor().isEmpty()) {
                r.addProperty(NKG.dateAnchor, g.date().anchor());
            }
        }
        r.addProperty(PROV.wasDerivedFrom, article);
        r.addProperty(NKG.evidence, evidence(m, articleId, article, g.evidence()));
    }

    /** A season or year the article dates something by, as its first and last month. */
    private static void period(Resource r, TimeValue value) {
        YearMonth first;
        YearMonth last;
        if (value instanceof Season s) {
            first = s.first();
            last = s.last();
        } else if (value instanceof YearValue y) {
            first = y.year().atMonth(1);
            last = y.year().atMonth(12);
        } else {
            return;
        }
        r.addProperty(NKG.notBefore, ResourceFactory.createTypedLiteral(first.toString(), XSDDatatype.XSDgYearMonth));
        r.addProperty(NKG.notAfter, ResourceFactory.createTypedLiteral(last.toString(), XSDDatatype.XSDgYearMonth));
    }

    private static void link(Model m, Resource r, org.apache.jena.rdf.model.Property p, String actorKey) {
        if (actorKey != null) {
            r.addProperty(p, m.createResource(Iris.actor(actorKey)));
        }
    }

    /** A day or a month as nkg:date (or nkg:since); years and seasons are periods, not dates. */
    private static void date(Resource r, org.apache.jena.rdf.model.Property p, org.newskg.extract.StatementDate date) {
        if (date.value() instanceof Day || date.value() instanceof Month) {
            r.addProperty(p, dateLiteral(date.value()));
        }
    }

    private static void integer(Model m, Resource r, org.apache.jena.rdf.model.Property p, Integer value) {
        if (value != null) {
            r.addLiteral(p, m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger));
        }
    }

    static org.apache.jena.rdf.model.Property relation(ActorRelation.Kind kind) {
        return switch (kind) {
            case BACKED_BY -> NKG.backedBy;
            case PART_OF -> NKG.partOf;
            case AFFILIATED_WITH -> NKG.affiliatedWith;
            case OPERATES_IN -> NKG.operatesIn;
        };
    }

    private static Resource article(Model m, Article article) {
        ArticleMeta meta = article.meta();
        Resource a = m.createResource(Iris.article(article.id()), NKG.Article);
        a.addProperty(DCTerms.identifier, article.id());
        if (meta.title() != null) {
            a.addProperty(DCTerms.title, meta.title());
        }
        if (meta.publisher() != null) {
            a.addProperty(SchemaDO.publisher, meta.publisher());
        }
        if (meta.published() != null) {
            a.addProperty(SchemaDO.datePublished, m.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate));
        }
        // A url with another scheme (javascript:, data:) is no address of the article; ingest warns of it.
        if (meta.url() != null && !meta.urlHasOtherScheme()) {
            a.addProperty(SchemaDO.url, isAbsoluteIri(meta.url()) ? m.createResource(meta.url()) : m.createLiteral(meta.url()));
        }
        return a;
    }

    private static void actor(Model m, String articleId, Resource article, Actor actor) {
        Resource r = m.createResource(Iris.actor(actor.key()), NKG.Actor);
        r.addProperty(RDF.type, typeOf(actor.type()));
        r.addProperty(RDFS.label, actor.label());
        for (String name : actor.sortedNames()) {
            r.addProperty(SKOS.altLabel, name);
        }
        List<String> allNames = new ArrayList<>(actor.names());
        allNames.add(actor.label());
        NameKeys.of(allNames).forEach(key -> r.addProperty(NKG.nameKey, key));
        actor.roles().stream().sorted().forEach(role -> r.addProperty(NKG.role, role));
        if (actor.wikidata() != null) {
            r.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(actor.wikidata())));
        }
        if (actor.anonymous()) {
            r.addLiteral(NKG.anonymous, true);
        }
        if (actor.affiliation() != null) {
            r.addProperty(NKG.affiliatedWith, m.createResource(Iris.actor(actor.affiliation())));
        }
        r.addProperty(PROV.wasDerivedFrom, article);
        if (actor.evidence() != null) {
            r.addProperty(NKG.evidence, evidence(m, articleId, article, actor.evidence()));
        }
    }

    private static void statement(Model m, String articleId, Resource article, Statement s) {
        Resource r = m.createResource(Iris.statement(articleId, s.number()), NKG.Statement);
        r.addProperty(NKG.speaker, m.createResource(Iris.actor(s.speaker())));
        r.addProperty(NKG.text, s.text());
        r.addProperty(NKG.mode, s.mode().label());
        r.addProperty(NKG.reportingVerb, s.reportingVerb());
        if (s.date().known()) {
            r.addProperty(NKG.date, dateLiteral(s.date().value()));
        }
        r.addProperty(NKG.dateRule, s.date().rule());
        if (!s.date().anchor().isEmpty()) {
            r.addProperty(NKG.dateAnchor, s.date().anchor());
        }
        if (s.reportedBy() != null) {
            r.addProperty(NKG.reportedBy, m.createResource(Iris.actor(s.reportedBy())));
        }
        for (String about : s.about()) {
            r.addProperty(NKG.about, m.createResource(Iris.actor(about)));
        }
        r.addProperty(PROV.wasDerivedFrom, article);
        r.addProperty(NKG.evidence, evidence(m, articleId, article, s.evidence()));
    }

    private static Resource evidence(Model m, String articleId, Resource article, Evidence e) {
        Resource r = m.createResource(Iris.evidence(articleId, e.begin(), e.end()), NKG.EvidenceSpan);
        if (!r.hasProperty(NKG.sentence)) {
            r.addProperty(NKG.sentence, e.sentence());
            r.addLiteral(NKG.sentenceIndex, m.createTypedLiteral(String.valueOf(e.sentenceIndex()), XSDDatatype.XSDinteger));
            r.addLiteral(NKG.beginIndex, m.createTypedLiteral(String.valueOf(e.begin()), XSDDatatype.XSDinteger));
            r.addLiteral(NKG.endIndex, m.createTypedLiteral(String.valueOf(e.end()), XSDDatatype.XSDinteger));
            r.addProperty(PROV.wasDerivedFrom, article);
        }
        return r;
    }

    static Literal dateLiteral(TimeValue value) {
        if (value instanceof Day) {
            return ResourceFactory.createTypedLiteral(value.iso(), XSDDatatype.XSDdate);
        }
        if (value instanceof Month) {
            return ResourceFactory.createTypedLiteral(value.iso(), XSDDatatype.XSDgYearMonth);
        }
        return ResourceFactory.createTypedLiteral(value.iso(), XSDDatatype.XSDgYear);
    }

    static Resource typeOf(ActorType type) {
        return switch (type) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case NEWS_OUTLET -> NKG.NewsOutlet;
            case COUNTRY -> NKG.Country;
            case ARMED_GROUP -> NKG.ArmedGroup;
            case MILITARY_UNIT -> NKG.MilitaryUnit;
        };
    }

    private static boolean isAbsoluteIri(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() && (s.startsWith("http://") || s.startsWith("https://"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
