package org.newskg.extract;

import java.util.List;
import org.newskg.corpus.Article;

/** Everything extracted from one article: plain records, no RDF. */
public record ArticleExtraction(Article article, List<Actor> actors, List<Statement> statements, List<Event> events,
        List<Deployment> deployments, List<AgreementFact> agreements, List<ActorMention> mentions,
        List<ActorRelation> relations, int sentenceCount, int tokenCount) {

    public ArticleExtraction {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        deployments = List.copyOf(deployments);
        agreements = List.copyOf(agreements);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    /** Actors and statements only (no events, units or agreements). */
    public ArticleExtraction(Article article, List<Actor> actors, List<Statement> statements, int sentenceCount,
            int tokenCount) {
        this(article, actors, statements, List.of(), List.of(), List.of(), List.of(), List.of(), sentenceCount, tokenCount);
    }
}
