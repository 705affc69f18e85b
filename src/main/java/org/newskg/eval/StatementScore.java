package org.newskg.eval;

import static org.newskg.eval.Text.f3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores who-said-what rows against gold statements, the same way as the project's reference
 * scorer ({@code score_statements.py}): after normalising both sides (case, quotes, punctuation,
 * whitespace), a row carries a gold claim when, in the same document, its statement contains
 * the gold key (or an alt key); it is attributed when its speaker equals or contains (on word
 * boundaries) the gold speaker or an alias; it is dated when its date equals the gold date (a
 * gold date of null asks nothing). A row that only repeats already-carried claims, or only
 * matches optional lines, is neither a true nor a false positive.
 */
public final class StatementScore {

    /** Precision, recall and F1 of one criterion, with the row counts behind them. */
    public record Prf(double precision, double recall, double f1, int truePositives, int falsePositives, int repeats,
            int covered) {
    }

    /** The full result; {@link #lines()} prints it like the reference scorer. */
    public record Result(int gold, int optional, int rows, Prf said, Prf when, double contentRecall,
            double attributionAccuracy, double dateAccuracy, List<String> details) implements Score {

        @Override
        public List<String> lines() {
            return List.of(
                    String.format(Locale.ROOT, "gold=%d (+%d optional) rows=%d (true %d, false %d, repeats/optional %d)",
                            gold, optional, rows, said.truePositives(), said.falsePositives(), said.repeats()),
                    "content recall=" + f3(contentRecall) + " attribution accuracy=" + f3(attributionAccuracy)
                            + " date accuracy=" + f3(dateAccuracy),
                    "who-said-what P=" + f3(said.precision()) + " R=" + f3(said.recall()) + " F1=" + f3(said.f1())
                            + " who-said-what-when P=" + f3(when.precision()) + " R=" + f3(when.recall()) + " F1=" + f3(when.f1()));
        }
    }

    private StatementScore() {
    }

    private interface Match {
        boolean test(SystemStatement r, GoldStatement g);
    }

    /** Scores the documents that have a gold line. */
    public static Result score(List<GoldStatement> allGold, List<SystemStatement> allRows) {
        Set<String> docs = new HashSet<>();
        allGold.forEach(g -> docs.add(g.doc()));
        return score(allGold, allRows, docs);
    }

    /**
     * Scores the given documents, as the reference scorer's {@code --docs} or {@code --manifest}
     * (every article of a corpus, so that statements from an article with nothing attributed count
     * as false): gold lines and rows of other documents are left out.
     */
    public static Result score(List<GoldStatement> someGold, List<SystemStatement> allRows, Set<String> docs) {
        List<GoldStatement> allGold = someGold.stream().filter(g -> docs.contains(g.doc())).toList();
        List<SystemStatement> rows = allRows.stream().filter(r -> docs.contains(Text.docid(r.document()))).toList();
        List<GoldStatement> required = allGold.stream().filter(g -> !g.optional()).toList();

        Match content = StatementScore::content;
        Match said = StatementScore::said;
        Match when = (r, g) -> said.test(r, g) && (g.date() == null || g.date().isEmpty() || g.date().equals(dateOf(r.date())));

        Prf saidPrf = prf(rows, allGold, required, said, said);
        Prf whenPrf = prf(rows, allGold, required, when, said);
        long found = required.stream().filter(g -> rows.stream().anyMatch(r -> content.test(r, g))).count();
        List<GoldStatement> datedReq = required.stream()
                .filter(g -> g.date() != null && rows.stream().anyMatch(r -> said.test(r, g))).toList();
        long datedOk = datedReq.stream().filter(g -> rows.stream().anyMatch(r -> when.test(r, g))).count();

        List<String> details = new ArrayList<>();
        for (GoldStatement g : required) {
            List<SystemStatement> c = rows.stream().filter(r -> content.test(r, g)).toList();
            String why = null;
            if (c.isEmpty()) {
                why = "MISSED";
            } else if (c.stream().noneMatch(r -> said.test(r, g))) {
                why = "WRONG SPEAKER " + Text.repr(c.get(0).speaker());
            } else if (c.stream().noneMatch(r -> when.test(r, g))) {
                why = "WRONG DATE " + Text.repr(dateOf(c.stream().filter(r -> said.test(r, g)).findFirst().orElseThrow().date()));
            }
            if (why != null) {
                details.add(String.format("%-30s %s | %s | %s | %s", Text.head(why, 30), Text.shortDoc(g.doc()), g.speaker(),
                        g.keys().get(0), g.date() == null ? "None" : g.date()));
            }
        }
        for (SystemStatement r : rows) {
            if (allGold.stream().noneMatch(g -> said.test(r, g))) {
                details.add(String.format("%-30s %s | %s | %s", "EXTRA (matches no gold)", Text.shortDoc(Text.docid(r.document())),
                        r.speaker(), Text.head(r.statement(), 110)));
            }
        }
        return new Result(required.size(), allGold.size() - required.size(), rows.size(), saidPrf, whenPrf,
                ratio(found, required.size()), ratio(saidPrf.covered(), found), ratio(datedOk, datedReq.size()), details);
    }

    private static Prf prf(List<SystemStatement> rows, List<GoldStatement> gold, List<GoldStatement> required, Match ok,
            Match said) {
        Set<GoldStatement> covered = new HashSet<>();
        int tp = 0;
        int fp = 0;
        int ignored = 0;
        for (SystemStatement r : rows) {
            Set<GoldStatement> carried = new HashSet<>();
            required.stream().filter(g -> ok.test(r, g)).forEach(carried::add);
            Set<GoldStatement> fresh = new HashSet<>(carried);
            fresh.removeAll(covered);
            if (!fresh.isEmpty()) {
                tp++;
                covered.addAll(carried);
            } else if (!carried.isEmpty() || gold.stream().anyMatch(g -> said.test(r, g))) {
                ignored++;
            } else {
                fp++;
            }
        }
        double p = ratio(tp, tp + fp);
        double rec = ratio(covered.size(), required.size());
        return new Prf(p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec), tp, fp, ignored, covered.size());
    }

    /** The row carries the gold claim: same document, its statement holds the key or an alt key. */
    static boolean content(SystemStatement r, GoldStatement g) {
        String text = Text.norm(r.statement());
        return Text.docid(r.document()).equals(g.doc())
                && g.keys().stream().map(Text::norm).anyMatch(k -> !k.isEmpty() && text.contains(k));
    }

    /** The row carries the gold claim and names its speaker (or an alias). */
    static boolean said(SystemStatement r, GoldStatement g) {
        return content(r, g) && speakerMatches(r.speaker(), g);
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    /** The first YYYY-MM-DD in a date cell, or "" (the reference scorer's {@code date_of}). */
    static String dateOf(String v) {
        var m = DAY.matcher(v == null ? "" : v);
        return m.find() ? m.group(1) : "";
    }

    private static boolean speakerMatches(String systemSpeaker, GoldStatement g) {
        String s = Text.norm(systemSpeaker);
        if (s.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(g.aliases());
        names.add(g.speaker());
        for (String n : names) {
            String a = Text.norm(n);
            if (!a.isEmpty() && (s.equals(a) || Pattern.compile("\\b" + Pattern.quote(a) + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
                    .matcher(s).find())) {
                return true;
            }
        }
        return false;
    }

    private static double ratio(double a, double b) {
        return Text.ratio(a, b);
    }
}
