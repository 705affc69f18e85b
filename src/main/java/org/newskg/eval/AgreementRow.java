package org.newskg.eval;

import java.util.List;

/** One row of the agreements query as scored: document, agreement label, date (or ""), party labels, evidence. */
public record AgreementRow(String document, String agreement, String date, List<String> parties, String evidence) {
}
