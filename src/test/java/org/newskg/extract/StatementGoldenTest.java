package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.newskg.extract.GoldenCases.collapse;
import static org.newskg.extract.GoldenCases.iso;
import static org.newskg.extract.GoldenCases.named;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the statement extractor, one directory per case under
 * {@code src/test/resources/golden/statements/<case>/}:
 * <ul>
 *   <li>{@code article.txt}: a short news article (written for the test, never taken from the corpus);</li>
 *   <li>{@code published.txt} (optional): the publication day, YYYY-MM-DD (default 2024-03-14);</li>
 *   <li>{@code publisher.txt} (optional): the publisher, as a manifest gives it (default "pub");</li>
 *   <li>{@code expected.tsv}: header {@code speaker	statement	date	mode} (optionally a fifth column
 *       {@code reported_by}), then one row per expected statement. {@code speaker} is the actor's label or
 *       any of its names (case-insensitive); {@code statement} a phrase that must occur in the statement
 *       text (whitespace collapsed; {@code " ... "} separates pieces that must all occur, in order: a quote
 *       continued after its attribution is one statement); {@code date} YYYY-MM-DD, YYYY-MM or empty for unknown; {@code mode}
 *       direct, indirect or * (any); {@code reported_by}, when given and not empty, the label or a name
 *       of the outlet the statement was reported through. A header-only file expects no statement.</li>
 * </ul>
 * Each expected row must be matched by its own extracted statement, and every extracted statement
 * must be matched by a row: missing statements and false positives both fail the case.
 */
class StatementGoldenTest {

    private static final String ROOT = "/golden/statements";

    /** The case directories, in name order. */
    static Stream<String> cases() throws IOException {
        return GoldenCases.names(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedStatements(String name) throws IOException {
        GoldenCases.Case c = GoldenCases.Case.read(ROOT, name);
        List<Row> expected = readExpected(c.file("expected.tsv"));

        ArticleExtraction x = c.extract();
        Map<String, Actor> actors = GoldenCases.actorsByKey(x);
        List<Statement> statements = x.statements();

        // Row r may take statement s when everything it asks for holds; then a one-to-one assignment.
        GoldenCases.Matching<Row, Statement> m = GoldenCases.match(expected, statements, (r, s) -> r.matches(s, actors));
        if (!m.missing().isEmpty() || !m.unmatched().isEmpty()) {
            fail(c.report(m.missing(), m.unmatched().stream().map(s -> describe(s, actors)).toList(),
                    statements.stream().map(s -> describe(s, actors)).toList()));
        }
    }

    /** One expected statement. */
    record Row(String speaker, String phrase, String date, String mode, String reportedBy) {

        boolean matches(Statement s, Map<String, Actor> actors) {
            return named(actors.get(s.speaker()), speaker)
                    && containsInOrder(collapse(s.text()), phrase)
                    && date.equals(iso(s.date()))
                    && (mode.equals("*") || mode.equalsIgnoreCase(s.mode().label()))
                    && (reportedBy.isEmpty() || s.reportedBy() != null && named(actors.get(s.reportedBy()), reportedBy));
        }

        @Override
        public String toString() {
            return speaker + " | " + phrase + " | " + (date.isEmpty() ? "(unknown)" : date) + " | " + mode
                    + (reportedBy.isEmpty() ? "" : " | reported by " + reportedBy);
        }
    }

    /** Whether the text holds the phrase; " ... " separates pieces that must all occur, in order. */
    private static boolean containsInOrder(String text, String phrase) {
        int from = 0;
        for (String piece : phrase.split("\\s+\\.\\.\\.\\s+")) {
            int at = text.indexOf(collapse(piece), from);
            if (at < 0) {
                return false;
            }
            from = at + collapse(piece).length();
        }
        return true;
    }

    private static String describe(Statement s, Map<String, Actor> actors) {
        Actor a = actors.get(s.speaker());
        String who = a == null ? s.speaker() : a.label() + " " + a.sortedNames();
        Actor outlet = s.reportedBy() == null ? null : actors.get(s.reportedBy());
        String date = iso(s.date());
        return who + " | " + s.text() + " | " + (date.isEmpty() ? "(unknown)" : date) + " | " + s.mode().label()
                + (outlet == null ? "" : " | reported by " + outlet.label());
    }

    private static List<Row> readExpected(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("speaker\tstatement\tdate\tmode")) {
            throw new IllegalStateException(file + ": header must be speaker<TAB>statement<TAB>date<TAB>mode");
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 4) {
                throw new IllegalStateException(file + ": expected 4 or 5 tab-separated columns: " + line);
            }
            String mode = c[3].strip().toLowerCase(Locale.ROOT);
            if (!mode.equals("direct") && !mode.equals("indirect") && !mode.equals("*")) {
                throw new IllegalStateException(file + ": mode must be direct, indirect or *: " + line);
            }
            String date = c[2].strip();
            if (!date.isEmpty() && !date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                throw new IllegalStateException(file + ": date must be YYYY-MM-DD, YYYY-MM or empty: " + line);
            }
            rows.add(new Row(c[0].strip(), c[1].strip(), date, mode, c.length > 4 ? c[4].strip() : ""));
        }
        return rows;
    }
}
