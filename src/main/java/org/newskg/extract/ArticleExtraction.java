package org.newskg.extract;

import java.util.List;
import org.newskg.corpus.Article;

/** Everything extracted from one article: plain records, no RDF. */
public record ArticleExtraction(Article article, List<Actor> actors, List<Statement> statements, int sentenceCount,
        int tokenCount) {

    public ArticleExtraction {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
    }
}
