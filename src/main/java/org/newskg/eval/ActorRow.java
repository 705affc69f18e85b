package org.newskg.eval;

import java.util.List;

/** One row of the actors query as scored: the actor IRI, its label and every name seen. */
public record ActorRow(String actor, String label, List<String> names) {
}
