package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleMeta;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.NlpModels;

/**
 * Golden tests of the statement extractor, one directory per case under
 * {@code src/test/resources/golden/statements/<case>/}:
 * <ul>
 *   <li>{@code article.txt}: a short news article (written for the test, never taken from the corpus);</li>
 *   <li>{@code published.txt} (optional): the publication day, YYYY-MM-DD (default 2024-03-14);</li>
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
    private static final LocalDate DEFAULT_PUBLISHED = LocalDate.parse("2024-03-14");

    private static NlpModels models;
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        extractor = Extractor.standard();
    }

    /** The case directories, in name order. */
    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            List<String> names = dirs.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve("expected.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertTrue(!names.isEmpty(), "no golden cases under " + root());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedStatements(String name) throws IOException {
        Path dir = root().resolve(name);
        String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        LocalDate published = Files.exists(dir.resolve("published.txt"))
                ? LocalDate.parse(Files.readString(dir.resolve("published.txt")).strip())
                : DEFAULT_PUBLISHED;
        List<Row> expected = readExpected(dir.resolve("expected.tsv"));

        Annotator annotator = models.newAnnotator();
        Article article = new Article(name, text, new ArticleMeta("title", "pub", published, null));
        ArticleExtraction x = extractor.extract(article, annotator.annotate(text));
        Map<String, Actor> actors = new HashMap<>();
        x.actors().forEach(a -> actors.put(a.key(), a));
        List<Statement> statements = x.statements();

        // Row r may take statement s when everything it asks for holds; then a one-to-one assignment.
        boolean[][] fits = new boolean[expected.size()][statements.size()];
        for (int r = 0; r < expected.size(); r++) {
            for (int s = 0; s < statements.size(); s++) {
                fits[r][s] = expected.get(r).matches(statements.get(s), actors);
            }
        }
        int[] rowOf = new int[statements.size()];
        Arrays.fill(rowOf, -1);
        List<Row> missing = new ArrayList<>();
        for (int r = 0; r < expected.size(); r++) {
            if (!assign(r, fits, rowOf, new boolean[statements.size()])) {
                missing.add(expected.get(r));
            }
        }
        List<Statement> unexpected = new ArrayList<>();
        for (int s = 0; s < statements.size(); s++) {
            if (rowOf[s] < 0) {
                unexpected.add(statements.get(s));
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder b = new StringBuilder("golden case '").append(name).append("' differs\n");
            missing.forEach(r -> b.append("  missing:    ").append(r).append('\n'));
            unexpected.forEach(s -> b.append("  unexpected: ").append(describe(s, actors)).append('\n'));
            b.append("  extracted (all):\n");
            statements.forEach(s -> b.append("    ").append(describe(s, actors)).append('\n'));
            b.append("  article (published ").append(published).append("):\n");
            text.lines().forEach(l -> b.append("    | ").append(l).append('\n'));
            fail(b.toString());
        }
    }

    /** Kuhn's augmenting path: gives row r a statement, moving earlier rows if needed. */
    private static boolean assign(int r, boolean[][] fits, int[] rowOf, boolean[] visited) {
        for (int s = 0; s < rowOf.length; s++) {
            if (fits[r][s] && !visited[s]) {
                visited[s] = true;
                if (rowOf[s] < 0 || assign(rowOf[s], fits, rowOf, visited)) {
                    rowOf[s] = r;
                    return true;
                }
            }
        }
        return false;
    }

    /** One expected statement. */
    record Row(String speaker, String phrase, String date, String mode, String reportedBy) {

        boolean matches(Statement s, Map<String, Actor> actors) {
            return names(actors.get(s.speaker()), speaker)
                    && containsInOrder(collapse(s.text()), phrase)
                    && date.equals(iso(s))
                    && (mode.equals("*") || mode.equalsIgnoreCase(s.mode().label()))
                    && (reportedBy.isEmpty() || s.reportedBy() != null && names(actors.get(s.reportedBy()), reportedBy));
        }

        @Override
        public String toString() {
            return speaker + " | " + phrase + " | " + (date.isEmpty() ? "(unknown)" : date) + " | " + mode
                    + (reportedBy.isEmpty() ? "" : " | reported by " + reportedBy);
        }
    }

    private static boolean names(Actor actor, String name) {
        if (actor == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return actor.label().toLowerCase(Locale.ROOT).equals(n)
                || actor.names().stream().anyMatch(x -> x.strip().toLowerCase(Locale.ROOT).equals(n));
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

    private static String iso(Statement s) {
        return s.date() == null || s.date().value() == null ? "" : s.date().value().iso();
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String describe(Statement s, Map<String, Actor> actors) {
        Actor a = actors.get(s.speaker());
        String who = a == null ? s.speaker() : a.label() + " " + a.sortedNames();
        Actor outlet = s.reportedBy() == null ? null : actors.get(s.reportedBy());
        return who + " | " + s.text() + " | " + (iso(s).isEmpty() ? "(unknown)" : iso(s)) + " | " + s.mode().label()
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

    private static Path root() {
        URL url = StatementGoldenTest.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException(ROOT + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
