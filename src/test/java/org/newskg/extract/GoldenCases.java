package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleMeta;
import org.newskg.nlp.NlpModels;

/**
 * What the golden tests ({@link StatementGoldenTest}, {@link EventGoldenTest}, {@link UnitAgreementGoldenTest})
 * share: a case is a directory under a classpath root holding {@code article.txt}, an optional
 * {@code published.txt} (YYYY-MM-DD, default 2024-03-14) and {@code expected.tsv}; the article is run through
 * the standard extractor, and expected rows are matched one-to-one to what was extracted.
 */
final class GoldenCases {

    static final LocalDate DEFAULT_PUBLISHED = LocalDate.parse("2024-03-14");

    private GoldenCases() {
    }

    /** The models and the extractor, loaded on first use and shared by every case. */
    /** Runs a text through the standard extractor, as a case does (publisher "pub", default day). */
    static ArticleExtraction extract(String id, String text) {
        return new Case(id, null, text, DEFAULT_PUBLISHED, "pub").extract();
    }

    private static final class Loaded {
        static final NlpModels MODELS = NlpModels.load();
        static final Extractor EXTRACTOR = Extractor.standard();
    }

    /** The case directories under the classpath root (those holding an expected.tsv), in name order. */
    static Stream<String> names(String root) throws IOException {
        Path dir = root(root);
        try (Stream<Path> dirs = Files.list(dir)) {
            List<String> names = dirs.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve("expected.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertTrue(!names.isEmpty(), "no golden cases under " + dir);
            return names.stream();
        }
    }

    /** One case: its directory, its article text and its publication day. */
    record Case(String name, Path dir, String text, LocalDate published, String publisher) {

        static Case read(String root, String name) throws IOException {
            Path dir = root(root).resolve(name);
            String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8).replace("\r\n", "\n");
            LocalDate published = Files.exists(dir.resolve("published.txt"))
                    ? LocalDate.parse(Files.readString(dir.resolve("published.txt")).strip())
                    : DEFAULT_PUBLISHED;
            String publisher = Files.exists(dir.resolve("publisher.txt"))
                    ? Files.readString(dir.resolve("publisher.txt"), StandardCharsets.UTF_8).strip()
                    : "pub";
            return new Case(name, dir, text, published, publisher);
        }

        /** A file of the case directory. */
        Path file(String fileName) {
            return dir.resolve(fileName);
        }

        /** Runs the article through the standard extractor. */
        ArticleExtraction extract() {
            Article article = new Article(name, text, new ArticleMeta("title", publisher, published, null));
            return Loaded.EXTRACTOR.extract(article, Loaded.MODELS.newAnnotator().annotate(text));
        }

        /**
         * The failure message: the rows not matched, the extracted items that should not be there, everything
         * extracted (one line each) and the article.
         */
        String report(List<?> missing, List<String> unexpected, List<String> extracted) {
            StringBuilder b = new StringBuilder("golden case '").append(name).append("' differs\n");
            missing.forEach(r -> b.append("  missing:    ").append(r).append('\n'));
            unexpected.forEach(u -> b.append("  unexpected: ").append(u).append('\n'));
            b.append("  extracted (all):\n");
            extracted.forEach(e -> b.append("    ").append(e).append('\n'));
            return b.append(articleReport()).toString();
        }

        /** The last part of a failure report: the publication day and the article, line by line. */
        String articleReport() {
            StringBuilder b = new StringBuilder("  article (published ").append(published).append("):\n");
            text.lines().forEach(l -> b.append("    | ").append(l).append('\n'));
            return b.toString();
        }
    }

    static Map<String, Actor> actorsByKey(ArticleExtraction x) {
        Map<String, Actor> actors = new HashMap<>();
        x.actors().forEach(a -> actors.put(a.key(), a));
        return actors;
    }

    /** The rows no item could be given to, and the items no row took, in their original order. */
    record Matching<R, X>(List<R> missing, List<X> unmatched) {
    }

    /**
     * A one-to-one assignment of items to rows, where row r may take item x when {@code fits} holds, as large as
     * possible (Kuhn's augmenting paths, rows in order).
     */
    static <R, X> Matching<R, X> match(List<R> rows, List<X> items, BiPredicate<R, X> fits) {
        boolean[][] fit = new boolean[rows.size()][items.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int x = 0; x < items.size(); x++) {
                fit[r][x] = fits.test(rows.get(r), items.get(x));
            }
        }
        int[] rowOf = new int[items.size()];
        Arrays.fill(rowOf, -1);
        List<R> missing = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!assign(r, fit, rowOf, new boolean[items.size()])) {
                missing.add(rows.get(r));
            }
        }
        List<X> unmatched = new ArrayList<>();
        for (int x = 0; x < items.size(); x++) {
            if (rowOf[x] < 0) {
                unmatched.add(items.get(x));
            }
        }
        return new Matching<>(missing, unmatched);
    }

    /** Kuhn's augmenting path: gives row r an item, moving earlier rows if needed. */
    private static boolean assign(int r, boolean[][] fit, int[] rowOf, boolean[] visited) {
        for (int x = 0; x < rowOf.length; x++) {
            if (fit[r][x] && !visited[x]) {
                visited[x] = true;
                if (rowOf[x] < 0 || assign(rowOf[x], fit, rowOf, visited)) {
                    rowOf[x] = r;
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the name is the actor's label or one of its names (case-insensitive); false for no actor. */
    static boolean named(Actor actor, String name) {
        if (actor == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return actor.label().toLowerCase(Locale.ROOT).equals(n)
                || actor.names().stream().anyMatch(x -> x.strip().toLowerCase(Locale.ROOT).equals(n));
    }

    /**
     * Whether an actor cell holds for the extracted actor key: {@code *} takes anything, an empty cell only no
     * actor, anything else an actor it names.
     */
    static boolean actorCell(String want, String key, Map<String, Actor> actors) {
        if (want.equals("*")) {
            return true;
        }
        if (want.isEmpty()) {
            return key == null;
        }
        return key != null && named(actors.get(key), want);
    }

    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    static String iso(StatementDate d) {
        return d == null || d.value() == null ? "" : d.value().iso();
    }

    /** The actor's label, its key when unknown, "-" for none. */
    static String label(String key, Map<String, Actor> actors) {
        if (key == null) {
            return "-";
        }
        Actor a = actors.get(key);
        return a == null ? key : a.label();
    }

    /** An expected cell as shown in a report: "*" when absent, "(none)" when empty. */
    static String show(String cell) {
        return cell == null ? "*" : cell.isEmpty() ? "(none)" : cell;
    }

    private static Path root(String root) {
        URL url = GoldenCases.class.getResource(root);
        if (url == null) {
            throw new IllegalStateException(root + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
