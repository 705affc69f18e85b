package org.newskg.eval;

/**
 * One row of the timeline query as scored: document, event type (IRI or local name), date
 * (YYYY-MM-DD, YYYY-MM or ""), count ("" when unknown; null when the answer has no count
 * column at all) and the evidence sentence.
 */
public record EventRow(String document, String type, String date, String count, String evidence) {
}
