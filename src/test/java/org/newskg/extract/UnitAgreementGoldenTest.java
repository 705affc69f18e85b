package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.newskg.extract.GoldenCases.collapse;
import static org.newskg.extract.GoldenCases.iso;
import static org.newskg.extract.GoldenCases.label;
import static org.newskg.extract.GoldenCases.named;
import static org.newskg.extract.GoldenCases.show;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of deployments, backed armed groups and agreements, one directory per case under
 * {@code src/test/resources/golden/units/<case>/}:
 * <ul>
 *   <li>{@code article.txt}: a short news text (written for the test, never taken from the corpus);</li>
 *   <li>{@code published.txt} (optional): the publication day, YYYY-MM-DD (default 2024-03-14);</li>
 *   <li>{@code expected.tsv}: header {@code kind	who	what	strength	qualifier	date	purpose}, then one
 *       row per expected fact; {@code kind} says how the other cells are read:
 *       <ul>
 *         <li>{@code deployment}: who = the forces' label ("France Armed Forces"), what = the
 *             location's label, strength = a number or empty, qualifier = "about", "more than", … or
 *             empty; date and purpose empty;</li>
 *         <li>{@code backed_by}: who = the group's label, what = the backer's label;</li>
 *         <li>{@code agreement}: who = the parties' labels joined by ";" (any order), what = the
 *             label of what it establishes (empty: nothing), date = YYYY-MM-DD, YYYY-MM, a season
 *             as its months YYYY-MM/YYYY-MM, a year YYYY, or empty (unknown), purpose = the
 *             purpose phrase or empty.</li>
 *       </ul>
 *       A label may also be any name of the actor (case-insensitive); {@code *} in a cell means
 *       "don't care"; trailing empty cells may be left out. A header-only file expects none of these facts.</li>
 * </ul>
 * Matching is one-to-one and strict: every row needs its own extracted fact, and every extracted
 * deployment, backed-by relation and agreement must be matched by a row.
 */
class UnitAgreementGoldenTest {

    private static final String ROOT = "/golden/units";
    private static final String HEADER = "kind\twho\twhat\tstrength\tqualifier\tdate\tpurpose";
    private static final Set<String> KINDS = Set.of("deployment", "backed_by", "agreement");

    /** The case directories, in name order. */
    static Stream<String> cases() throws IOException {
        return GoldenCases.names(ROOT);
    }

    /** One extracted fact, flattened to the columns of expected.tsv (actor keys, not labels). */
    record Fact(String kind, List<String> who, String what, Integer strength, String qualifier, StatementDate date,
            String purpose, String sentence) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedUnitsAndAgreements(String name) throws IOException {
        GoldenCases.Case c = GoldenCases.Case.read(ROOT, name);
        List<Row> expected = readExpected(c.file("expected.tsv"));

        ArticleExtraction x = c.extract();
        Map<String, Actor> actors = GoldenCases.actorsByKey(x);
        List<Fact> facts = facts(x);

        GoldenCases.Matching<Row, Fact> m = GoldenCases.match(expected, facts, (r, f) -> r.matches(f, actors));
        if (!m.missing().isEmpty() || !m.unmatched().isEmpty()) {
            // Everything extracted: the facts, then the other relations (for context).
            List<String> extracted = Stream.concat(facts.stream().map(f -> describe(f, actors)),
                    x.relations().stream().filter(r -> r.kind() != ActorRelation.Kind.BACKED_BY)
                            .map(r -> "(relation) " + label(r.subject(), actors) + " " + r.kind() + " "
                                    + label(r.object(), actors))).toList();
            fail(c.report(m.missing(), m.unmatched().stream().map(f -> describe(f, actors)).toList(), extracted));
        }
    }

    private static List<Fact> facts(ArticleExtraction x) {
        List<Fact> facts = new ArrayList<>();
        for (Deployment d : x.deployments()) {
            facts.add(new Fact("deployment", List.of(d.forces()), d.location(), d.strength(), d.qualifier(), null, null,
                    d.evidence().sentence()));
        }
        for (ActorRelation r : x.relations()) {
            if (r.kind() == ActorRelation.Kind.BACKED_BY) {
                facts.add(new Fact("backed_by", List.of(r.subject()), r.object(), null, null, null, null, null));
            }
        }
        for (AgreementFact a : x.agreements()) {
            facts.add(new Fact("agreement", a.parties(), a.establishes(), null, null, a.date(), a.purpose(),
                    a.evidence().sentence()));
        }
        return facts;
    }

    /** One expected fact. */
    record Row(String kind, String who, String what, String strength, String qualifier, String date, String purpose) {

        boolean matches(Fact f, Map<String, Actor> actors) {
            if (!kind.equals(f.kind())) {
                return false;
            }
            return parties(f.who(), actors)
                    && GoldenCases.actorCell(what, f.what(), actors)
                    && value(strength, f.strength() == null ? "" : f.strength().toString())
                    && value(qualifier, f.qualifier() == null ? "" : f.qualifier())
                    && value(date, iso(f.date()))
                    && value(purpose, f.purpose() == null ? "" : collapse(f.purpose()));
        }

        /** The expected labels and the extracted keys, as sets (one-to-one, any order). */
        private boolean parties(List<String> keys, Map<String, Actor> actors) {
            if (who.equals("*")) {
                return true;
            }
            List<String> want = Arrays.stream(who.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (want.size() != keys.size()) {
                return false;
            }
            List<String> left = new ArrayList<>(keys);
            for (String w : want) {
                String hit = left.stream().filter(k -> named(actors.get(k), w)).findFirst().orElse(null);
                if (hit == null) {
                    return false;
                }
                left.remove(hit);
            }
            return true;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case "deployment" -> "deployment | forces=" + show(who) + " | location=" + show(what) + " | strength="
                        + show(strength) + " | qualifier=" + show(qualifier);
                case "backed_by" -> "backed_by | group=" + show(who) + " | backer=" + show(what);
                default -> "agreement | parties=" + show(who) + " | establishes=" + show(what) + " | date=" + show(date)
                        + " | purpose=" + show(purpose);
            };
        }
    }

    private static boolean value(String want, String actual) {
        return want.equals("*") || want.equalsIgnoreCase(actual.strip());
    }

    private static String describe(Fact f, Map<String, Actor> actors) {
        String who = f.who().stream().map(k -> label(k, actors)).collect(Collectors.joining(";"));
        String where = f.sentence() == null ? "" : "  « " + collapse(f.sentence()) + " »";
        return switch (f.kind()) {
            case "deployment" -> "deployment | forces=" + who + " | location=" + label(f.what(), actors) + " | strength="
                    + Objects.toString(f.strength(), "-") + " | qualifier=" + Objects.toString(f.qualifier(), "-") + where;
            case "backed_by" -> "backed_by | group=" + who + " | backer=" + label(f.what(), actors);
            default -> "agreement | parties=" + who + " | establishes=" + label(f.what(), actors) + " | date="
                    + (iso(f.date()).isEmpty() ? "-" : iso(f.date())) + " | purpose=" + Objects.toString(f.purpose(), "-") + where;
        };
    }

    private static List<Row> readExpected(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalStateException(file + ": header must be " + HEADER.replace("\t", "<TAB>"));
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = Arrays.copyOf(line.split("\t", -1), 7);
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i] == null ? "" : c[i].strip();
            }
            if (line.split("\t", -1).length > 7) {
                throw new IllegalStateException(file + ": at most 7 tab-separated columns: " + line);
            }
            if (!KINDS.contains(c[0])) {
                throw new IllegalStateException(file + ": kind must be one of " + new TreeSet<>(KINDS) + ": " + line);
            }
            if (c[1].isEmpty()) {
                throw new IllegalStateException(file + ": who must not be empty: " + line);
            }
            if (!c[3].isEmpty() && !c[3].equals("*") && !c[3].matches("\\d+")) {
                throw new IllegalStateException(file + ": strength must be a number, empty or *: " + line);
            }
            if (!c[5].isEmpty() && !c[5].equals("*") && !c[5].matches("\\d{4}-\\d{2}(-\\d{2})?|\\d{4}(-\\d{2}/\\d{4}-\\d{2})?")) {
                throw new IllegalStateException(file + ": date must be YYYY-MM-DD, YYYY-MM, a period YYYY-MM/YYYY-MM, "
                        + "a year YYYY, empty or *: " + line);
            }
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        return rows;
    }
}
