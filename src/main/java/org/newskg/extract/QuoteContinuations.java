package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Sentence;

/**
 * News splits one speaker's quote around the attribution: “A,” X said. “B. C.” — and sometimes
 * opens before it: “A. “B,” X said. Quotes with no attribution of their own, adjacent (same
 * paragraph, or the next one) to an attributed quote, belong to it: one claim, one row.
 */
final class QuoteContinuations {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern CLAIM_END_TO_QUOTE = java.util.regex.Pattern.compile("[\\s.,\"\u201C\u201D]");
    private static final java.util.regex.Pattern SPACE_OR_PUNCTUATION = java.util.regex.Pattern.compile("[\\s.,\u201D]");

    private QuoteContinuations() {
    }

    static List<Extractor.Draft> merge(List<Extractor.Draft> drafts, QuoteSpans quotes, List<Sentence> body, String text) {
        List<Extractor.Draft> out = new ArrayList<>(drafts);
        for (QuoteSpans.Span q : quotes.all()) {
            if (wordCount(text, q) < 3 || covered(out, q) || !inBody(body, q)) {
                continue;
            }
            Extractor.Draft before = null;
            Extractor.Draft after = null;
            for (Extractor.Draft d : out) {
                if (d.end() <= q.begin()) {
                    before = d;
                } else if (d.begin() >= q.end() && after == null) {
                    after = d;
                }
            }
            if (before != null && isQuote(text, before) && onlySpaceBetween(text, before.end(), q.begin())) {
                before.segments.add(new int[] {q.begin(), q.end()});
            } else if (before != null && !isQuote(text, before) && nextSentenceOfParagraph(text, before.end(), q.begin())) {
                // "Heald told the paper ozone had dropped. “Despite …, ozone has declined …”": the quote that
                // follows a reported claim in its paragraph is the same speaker's
                Sentence at = Extractor.sentenceAt(body, q.begin());
                at = at != null ? at : body.get(body.size() - 1);
                Extractor.Draft quote = new Extractor.Draft(before.speaker, before.cue, at, q.begin(), q.end(), before.reportedBy);
                out.add(out.indexOf(before) + 1, quote);
            } else if (after != null && isQuote(text, after) && onlySpaceBetween(text, q.end(), after.begin())) {
                after.segments.add(0, new int[] {q.begin(), q.end()});
            }
        }
        return out;
    }

    /** Only the end of the claim's sentence and spaces between, no line break: the quote is the next sentence. */
    private static boolean nextSentenceOfParagraph(String text, int from, int to) {
        if (from > to || to - from > 20) {
            return false;
        }
        String between = text.substring(from, to);
        return between.indexOf('\n') < 0 && CLAIM_END_TO_QUOTE.matcher(between).replaceAll("").isEmpty();
    }

    private static boolean isQuote(String text, Extractor.Draft d) {
        String s = text.substring(d.begin(), d.end());
        return s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0 || s.indexOf('"') >= 0;
    }

    /** Between the two only whitespace and the attribution's closing sentence punctuation. */
    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        String between = text.substring(from, to);
        int newlines = between.length() - between.replace("\n", "").length();
        // Paragraphs may be separated by a blank line; a quote continues into the next one.
        boolean onlySpace = SPACE_OR_PUNCTUATION.matcher(between).replaceAll("").length() <= 1 && between.length() < 400;
        return newlines <= 2 && (onlySpace || isAttributionTail(between));
    }

    /** What may stand between a quote and its continuation: ", X said Thursday at the Pentagon." */
    private static boolean isAttributionTail(String between) {
        return between.length() < 120 && !between.contains("\u201C") && between.strip().endsWith(".");
    }

    private static boolean covered(List<Extractor.Draft> drafts, QuoteSpans.Span q) {
        return drafts.stream().anyMatch(d -> d.begin() < q.end() && d.end() > q.begin());
    }

    private static boolean inBody(List<Sentence> body, QuoteSpans.Span q) {
        return body.stream().anyMatch(s -> s.begin() <= q.begin() && s.end() >= q.begin());
    }

    private static int wordCount(String text, QuoteSpans.Span q) {
        return SPACES.split(text.substring(q.begin(), q.end()).strip()).length;
    }
}
