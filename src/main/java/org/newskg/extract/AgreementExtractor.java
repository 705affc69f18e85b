package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.Day;
import org.newskg.time.Month;
import org.newskg.time.Relation;
import org.newskg.time.Season;
import org.newskg.time.TemporalExpression;
import org.newskg.time.YearValue;

/**
 * Agreements, for these classes of news sentences: "A and B agreed to establish/form/create X
 * (for …)", "A committed to forming X", "A and B signed/reached an agreement (deal, accord,
 * treaty, pact, memorandum)". Parties are the coordinated subject ("the U.S. and Iraq", "U.S.
 * and Iraqi defense officials" → the United States and Iraq); what the agreement establishes
 * becomes an organisation; the date is the day or month nearest the verb, else the season or year
 * it falls in ("last summer", "in 2014").
 */
final class AgreementExtractor {

    private static final Set<String> ESTABLISH = Set.of("establish", "form", "create", "set", "launch", "forming",
            "establishing", "creating", "setting", "launching");
    private static final Set<String> AGREEMENT_NOUNS = Set.of("agreement", "deal", "accord", "treaty", "pact", "memorandum",
            "ceasefire", "truce");
    private static final Set<String> SIGN = Set.of("signed", "reached", "concluded", "struck", "sealed", "sign", "reach");

    private final Gazetteer gazetteer;

    AgreementExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<AgreementFact> extract(ActorRegistry registry, List<Sentence> body, List<TemporalExpression> times) {
        List<AgreementFact> out = new ArrayList<>();
        for (Sentence s : body) {
            Evidence ev = new Evidence(s.index(), s.begin(), s.end(), s.text());
            for (int v = 0; v + 2 < s.size(); v++) {
                String w = s.token(v).lower();
                int objectStart = -1;
                boolean agreed = w.equals("agreed") || w.equals("agree");
                // Only after "agree": skipping a time adjunct tests a token against every time
                // expression of the article; done for every token, it took 6 % of the extraction's
                // CPU time (JFR, 1,500 generated articles).
                int to = agreed ? skipTime(s, v + 1, times) : -1; // "agreed on Monday to establish …"
                if (agreed && to + 1 < s.size() && s.token(to).lower().equals("to")
                        && ESTABLISH.contains(s.token(to + 1).lower())) {
                    objectStart = to + 2;
                } else if ((w.equals("committed") || w.equals("commit")) && s.token(v + 1).lower().equals("to")
                        && ESTABLISH.contains(s.token(v + 2).lower())) {
                    objectStart = v + 3;
                } else if (SIGN.contains(w) && v + 2 < s.size() && AGREEMENT_NOUNS.contains(headNoun(s, v + 1))) {
                    objectStart = -2;
                } else {
                    continue;
                }
                List<String> parties = parties(registry, s, v, ev);
                if (parties.isEmpty()) {
                    continue;
                }
                ActorRegistry.Draft established = null;
                String purpose = null;
                if (objectStart >= 0) {
                    if (objectStart < s.size() && s.token(objectStart).lower().equals("up")) {
                        objectStart++;
                    }
                    int[] np = establishedPhrase(s, objectStart, times);
                    if (np != null) {
                        String label = SpeakerPhrases.text(SpeakerPhrases.stripDeterminer(s.tokens().subList(np[0], np[1] + 1)))
                                .replaceAll("[\u201C\u201D\"]", "").strip();
                        established = registry.organization(label, null, null, ev, s.token(np[0]).begin());
                        purpose = purpose(s, skipTime(s, np[1] + 1, times));
                    }
                }
                StatementDate date = date(times, s, s.token(v).begin());
                String what = established != null ? established.key : headNoun(s, v + 1);
                String key = "agreement/" + String.join("+", new TreeSet<>(parties)) + "/" + Names.slug(what.replace("org/", ""));
                String label = "Agreement of " + String.join(" and ", parties.stream().map(p -> registry.get(p).label).toList())
                        + (established != null ? " to establish " + established.label : "");
                out.add(new AgreementFact(key, label, parties, established == null ? null : established.key, purpose, date, ev));
            }
        }
        return out;
    }

    /** The first token after a time adjunct ("on Monday", "last week") starting at {@code from}. */
    private static int skipTime(Sentence s, int from, List<TemporalExpression> times) {
        int k = from;
        if (k + 1 < s.size() && s.token(k).lower().equals("on") && inTime(s.token(k + 1), times)) {
            k++;
        }
        while (k < s.size() && inTime(s.token(k), times)) {
            k++;
        }
        return k;
    }

    private static boolean inTime(Token t, List<TemporalExpression> times) {
        return times.stream().anyMatch(e -> t.begin() >= e.begin() && t.end() <= e.end());
    }

    private static String headNoun(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 4; k++) {
            if (s.token(k).pos().startsWith("NOUN")) {
                return s.token(k).lower();
            }
        }
        return "";
    }

    /** The coordinated subject of the verb, each part resolved to a country or known actor. */
    private List<String> parties(ActorRegistry registry, Sentence s, int v, Evidence ev) {
        int end = v - 1;
        while (end >= 0 && (s.token(end).isPos("ADV") || s.token(end).pos().startsWith("AUX")
                || s.token(end).lower().equals("have") || s.token(end).lower().equals("has"))) {
            end--;
        }
        int start = Participants.phraseStart(s, end);
        List<String> parties = new ArrayList<>();
        for (int k = start; k <= end; k++) {
            Token t = s.token(k);
            for (int len = Math.min(5, end - k + 1); len >= 1; len--) {
                String name = s.span(k, k + len - 1);
                var e = gazetteer.byName(name).or(() -> gazetteer.byAdjective(name));
                if (e.isPresent() && e.get().type() != ActorType.NEWS_OUTLET) {
                    String key = registry.known(e.get(), name, ev, t.begin()).key;
                    if (!parties.contains(key)) {
                        parties.add(key);
                    }
                    k += len - 1;
                    break;
                }
            }
        }
        return parties;
    }

    /** The established thing: a quoted name or a noun phrase ("a “Higher Military Commission” or HMC"). */
    private static int[] establishedPhrase(Sentence s, int from, List<TemporalExpression> times) {
        int k = from;
        int end = -1;
        while (k < s.size()) {
            Token t = s.token(k);
            if (times.stream().anyMatch(e -> t.begin() >= e.begin() && t.end() <= e.end())) {
                break; // "a higher military commission | last summer"
            }
            String pos = t.pos();
            if (end == k - 1 && joinsCompound(s, k)) {
                k++; // "the Kenya-Somalia Joint Border Commission": a hyphen inside one name
                continue;
            }
            if (pos.equals("DET") || pos.equals("ADJ") || pos.startsWith("NOUN") || pos.startsWith("PROPN")
                    || t.text().matches("[\u201C\u201D\"]")) {
                if (!pos.equals("DET") && !t.text().matches("[\u201C\u201D\"]")) {
                    end = k;
                }
                k++;
            } else {
                break;
            }
        }
        return end >= from ? new int[] {from, end} : null;
    }

    /** A hyphen or dash written without spaces between two words ("U.S.-Iraq", "Kenya-Somalia"). */
    private static boolean joinsCompound(Sentence s, int k) {
        return k > 0 && k + 1 < s.size() && s.token(k).text().matches("[-\u2010\u2011\u2013]")
                && s.token(k - 1).end() == s.token(k).begin() && s.token(k).end() == s.token(k + 1).begin()
                && Character.isLetter(s.token(k + 1).text().charAt(0));
    }

    /** "for talks", "to evaluate the future of …": what the agreement is for, up to the next comma. */
    private static String purpose(Sentence s, int from) {
        int k = from;
        while (k < s.size() && s.token(k).text().matches("[\u201C\u201D\"]")) {
            k++;
        }
        if (k + 1 < s.size() && s.token(k).lower().equals("or")) {
            k += 2; // "… or HMC"
        }
        if (k >= s.size() || !(s.token(k).lower().equals("for") || s.token(k).lower().equals("to"))) {
            return null;
        }
        int end = k + 1;
        while (end + 1 < s.size() && !s.token(end + 1).text().equals(",") && !s.token(end + 1).text().equals(".")) {
            end++;
        }
        return end > k ? s.span(k, end) : null;
    }

    /**
     * The date nearest the verb: a day or month, or — when that is all the sentence gives — a period
     * the agreement falls in: a season ("last summer": 2023-06/2023-08) or a year ("in 2014").
     * Linked reports from other articles may refine a period (org.newskg.resolve.AgreementResolver).
     */
    private static StatementDate date(List<TemporalExpression> times, Sentence s, int at) {
        TemporalExpression best = null;
        for (TemporalExpression e : times) {
            if (e.begin() < s.begin() || e.end() > s.end() || !datesAnAgreement(e)) {
                continue;
            }
            if (best == null || Math.abs(e.begin() - at) < Math.abs(best.begin() - at)) {
                best = e;
            }
        }
        return best == null ? StatementDate.UNKNOWN : new StatementDate(best.value(), best.rule(), best.anchor());
    }

    private static boolean datesAnAgreement(TemporalExpression e) {
        return e.relation() == Relation.AT && (e.value() instanceof Day || e.value() instanceof Month || e.value() instanceof YearValue)
                || e.relation() == Relation.VAGUE && e.value() instanceof Season;
    }
}
