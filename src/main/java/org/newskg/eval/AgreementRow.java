package org.newskg.eval;

import java.util.List;

/**
 * One row of the agreements query as scored: document, agreement label, date (or ""), party
 * labels, evidence, and the linked date ({@code linked_date}: the date all linked reports
 * allow, or "").
 */
public record AgreementRow(String document, String agreement, String date, List<String> parties, String evidence,
        String linkedDate) {

    /** A row without a linked date (a query or store without one). */
    public AgreementRow(String document, String agreement, String date, List<String> parties, String evidence) {
        this(document, agreement, date, parties, evidence, "");
    }

    /** The date the linked view gives: the linked date when there is one, else this article's own. */
    public String linkedViewDate() {
        return linkedDate == null || linkedDate.isBlank() ? date : linkedDate;
    }
}
