package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.newskg.extract.GoldenCases.collapse;
import static org.newskg.extract.GoldenCases.iso;
import static org.newskg.extract.GoldenCases.label;
import static org.newskg.extract.GoldenCases.show;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the event extractor, one directory per case under
 * {@code src/test/resources/golden/events/<case>/}:
 * <ul>
 *   <li>{@code article.txt}: a short news text (written for the test, never taken from the corpus);</li>
 *   <li>{@code published.txt} (optional): the publication day, YYYY-MM-DD (default 2024-03-14);</li>
 *   <li>{@code expected.tsv}: header {@code type	trigger	date	agent	target	place	count}, optionally
 *       followed by any of the columns {@code qualifier	since	killed	injured	victim}, then one row per
 *       expected event. {@code type} is an {@link EventType} name; {@code trigger} a phrase that must
 *       occur in the event's trigger or in its evidence sentence (case-insensitive, whitespace
 *       collapsed); {@code date} and {@code since} YYYY-MM-DD, YYYY-MM or empty (unknown);
 *       {@code agent}, {@code target}, {@code place} and {@code victim} the label (or a name) of the
 *       actor, empty when there must be none; {@code count}, {@code killed} and {@code injured} a
 *       number or empty (none); {@code qualifier} the count's qualifier ("more than") or empty.
 *       {@code *} in any cell but type and trigger means "don't care". A header-only file expects
 *       nothing in particular.</li>
 *   <li>{@code forbidden.tsv} (optional): header {@code type	trigger}, then events that must not be
 *       extracted: no event of that type ({@code *}: any type) whose trigger lies inside the given
 *       phrase of its sentence ("strike a deal" forbids an event triggered by its "strike").</li>
 * </ul>
 * Each expected row must be matched by its own extracted event (one-to-one). Events not listed are
 * tolerated, because one sentence can report several (an aggregate, its sub-events, an announcement);
 * the ones that would be wrong go in {@code forbidden.tsv}.
 */
class EventGoldenTest {

    private static final String ROOT = "/golden/events";
    private static final List<String> REQUIRED = List.of("type", "trigger", "date", "agent", "target", "place", "count");
    private static final Set<String> OPTIONAL = Set.of("qualifier", "since", "killed", "injured", "victim");

    /** The case directories, in name order. */
    static Stream<String> cases() throws IOException {
        return GoldenCases.names(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedEvents(String name) throws IOException {
        GoldenCases.Case c = GoldenCases.Case.read(ROOT, name);
        List<Row> expected = readExpected(c.file("expected.tsv"));
        List<Forbidden> forbidden = Files.exists(c.file("forbidden.tsv"))
                ? readForbidden(c.file("forbidden.tsv")) : List.of();

        ArticleExtraction x = c.extract();
        Map<String, Actor> actors = GoldenCases.actorsByKey(x);
        List<Event> events = x.events();

        // Unlisted events are tolerated: only the missing rows and the forbidden events fail the case.
        List<Row> missing = GoldenCases.match(expected, events, (r, e) -> r.matches(e, actors)).missing();
        List<String> unexpected = new ArrayList<>();
        for (Event e : events) {
            for (Forbidden f : forbidden) {
                if (f.matches(e)) {
                    unexpected.add(describe(e, actors) + "   (forbidden: " + f + ")");
                }
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail(c.report(missing, unexpected, events.stream().map(e -> describe(e, actors)).toList()));
        }
    }

    /** One expected event; every cell but type and trigger may be "*". */
    record Row(EventType type, String trigger, Map<String, String> cells) {

        boolean matches(Event e, Map<String, Actor> actors) {
            return e.type() == type
                    && (contains(e.trigger(), trigger) || contains(e.evidence().sentence(), trigger))
                    && value("date", iso(e.date()))
                    && actor("agent", e.agent(), actors)
                    && actor("target", e.target(), actors)
                    && actor("place", e.place(), actors)
                    && value("count", e.count() == null ? "" : e.count().toString())
                    && value("qualifier", e.countQualifier() == null ? "" : e.countQualifier().toLowerCase(Locale.ROOT))
                    && value("since", iso(e.since()))
                    && value("killed", e.killed() == null ? "" : e.killed().toString())
                    && value("injured", e.injured() == null ? "" : e.injured().toString())
                    && actor("victim", e.victim(), actors);
        }

        private boolean value(String column, String actual) {
            String want = cells.getOrDefault(column, "*");
            return want.equals("*") || want.equalsIgnoreCase(actual);
        }

        private boolean actor(String column, String key, Map<String, Actor> actors) {
            return GoldenCases.actorCell(cells.getOrDefault(column, "*"), key, actors);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(type.name()).append(" | ").append(trigger);
            for (String c : REQUIRED.subList(2, REQUIRED.size())) {
                b.append(" | ").append(c).append('=').append(show(cells.get(c)));
            }
            cells.keySet().stream().filter(OPTIONAL::contains).sorted()
                    .forEach(c -> b.append(" | ").append(c).append('=').append(show(cells.get(c))));
            return b.toString();
        }
    }

    /** An event that must not be extracted: its type (or any) and a phrase holding its trigger. */
    record Forbidden(String type, String phrase) {

        boolean matches(Event e) {
            if (!type.equals("*") && !type.equals(e.type().name())) {
                return false;
            }
            String sentence = collapse(e.evidence().sentence()).toLowerCase(Locale.ROOT);
            String p = collapse(phrase).toLowerCase(Locale.ROOT);
            return sentence.contains(p) && e.trigger() != null && p.contains(collapse(e.trigger()).toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return type + " | " + phrase;
        }
    }

    private static boolean contains(String text, String phrase) {
        return text != null && collapse(text).toLowerCase(Locale.ROOT).contains(collapse(phrase).toLowerCase(Locale.ROOT));
    }

    private static String describe(Event e, Map<String, Actor> actors) {
        StringBuilder b = new StringBuilder(e.type().name()).append(" [").append(e.trigger()).append("]")
                .append(" date=").append(iso(e.date()).isEmpty() ? "-" : iso(e.date()))
                .append(" agent=").append(label(e.agent(), actors))
                .append(" target=").append(label(e.target(), actors))
                .append(" place=").append(label(e.place(), actors))
                .append(" count=").append(Objects.toString(e.count(), "-"));
        if (e.countQualifier() != null) {
            b.append(" qualifier=").append(e.countQualifier());
        }
        if (!iso(e.since()).isEmpty()) {
            b.append(" since=").append(iso(e.since()));
        }
        if (e.killed() != null) {
            b.append(" killed=").append(e.killed());
        }
        if (e.injured() != null) {
            b.append(" injured=").append(e.injured());
        }
        if (e.victim() != null) {
            b.append(" victim=").append(label(e.victim(), actors));
        }
        return b.append("  « ").append(collapse(e.evidence().sentence())).append(" »").toString();
    }

    private static List<Row> readExpected(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalStateException(file + ": empty (needs a header)");
        }
        List<String> header = Arrays.stream(lines.get(0).split("\t", -1)).map(String::strip).toList();
        if (header.size() < REQUIRED.size() || !header.subList(0, REQUIRED.size()).equals(REQUIRED)) {
            throw new IllegalStateException(file + ": header must start with " + String.join("<TAB>", REQUIRED));
        }
        for (String extra : header.subList(REQUIRED.size(), header.size())) {
            if (!OPTIONAL.contains(extra)) {
                throw new IllegalStateException(file + ": unknown column '" + extra + "' (allowed: " + OPTIONAL + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != header.size()) {
                throw new IllegalStateException(file + ": expected " + header.size() + " tab-separated columns: " + line);
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 2; i < c.length; i++) {
                cells.put(header.get(i), c[i].strip());
            }
            for (String dateColumn : List.of("date", "since")) {
                String d = cells.get(dateColumn);
                if (d != null && !d.isEmpty() && !d.equals("*") && !d.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                    throw new IllegalStateException(file + ": " + dateColumn + " must be YYYY-MM-DD, YYYY-MM, empty or *: " + line);
                }
            }
            for (String numberColumn : List.of("count", "killed", "injured")) {
                String n = cells.get(numberColumn);
                if (n != null && !n.isEmpty() && !n.equals("*") && !n.matches("\\d+")) {
                    throw new IllegalStateException(file + ": " + numberColumn + " must be a number, empty or *: " + line);
                }
            }
            String trigger = c[1].strip();
            if (trigger.isEmpty()) {
                throw new IllegalStateException(file + ": trigger must not be empty: " + line);
            }
            rows.add(new Row(EventType.valueOf(c[0].strip()), trigger, cells));
        }
        return rows;
    }

    private static List<Forbidden> readForbidden(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("type\ttrigger")) {
            throw new IllegalStateException(file + ": header must be type<TAB>trigger");
        }
        List<Forbidden> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 2 || c[1].isBlank()) {
                throw new IllegalStateException(file + ": expected type<TAB>trigger: " + line);
            }
            String type = c[0].strip();
            if (!type.equals("*")) {
                EventType.valueOf(type); // fails on a misspelt type
            }
            rows.add(new Forbidden(type, c[1].strip()));
        }
        return rows;
    }
}
