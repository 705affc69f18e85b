package org.newskg.eval;

/** One row of who-said-what as scored: article id, speaker label, statement text, date (or ""). */
public record SystemStatement(String document, String speaker, String statement, String date) {
}
