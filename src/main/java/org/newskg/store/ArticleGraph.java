package org.newskg.store;

import org.apache.jena.rdf.model.Model;

/** The triples extracted from one article, to be stored as that article's named graph. */
public record ArticleGraph(String articleId, Model model) {
}
