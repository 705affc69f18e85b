package org.newskg.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus manifest: a tab-separated file with a header row naming its columns. Columns are
 * found by name ({@code id title publisher published url}); unknown columns are ignored and the
 * order is free. {@code published} must be {@code YYYY-MM-DD}; a malformed date is reported and
 * the article keeps the rest of its row.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.tsv";
    public static final Manifest EMPTY = new Manifest(Map.of(), List.of());

    private final Map<String, ArticleMeta> rows;
    private final List<InputProblem> problems;

    private Manifest(Map<String, ArticleMeta> rows, List<InputProblem> problems) {
        this.rows = Map.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    public Optional<ArticleMeta> lookup(String articleId) {
        return Optional.ofNullable(rows.get(articleId));
    }

    public int size() {
        return rows.size();
    }

    /** The article ids the manifest lists. */
    public java.util.Set<String> ids() {
        return rows.keySet();
    }

    /** Problems found while reading the manifest (malformed rows and dates). */
    public List<InputProblem> problems() {
        return problems;
    }

    /** This manifest with the other's rows added (rows already here win). */
    public Manifest plus(Manifest other) {
        Map<String, ArticleMeta> merged = new HashMap<>(other.rows);
        merged.putAll(rows);
        List<InputProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new Manifest(merged, all);
    }

    public static Manifest read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return parse(file.toString(), lines);
    }

    static Manifest parse(String where, List<String> lines) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, ArticleMeta> rows = new HashMap<>();
        if (lines.isEmpty()) {
            problems.add(InputProblem.error(where, "empty manifest (expected a header row: id title publisher published url)"));
            return new Manifest(rows, problems);
        }
        Map<String, Integer> column = header(lines.get(0));
        if (!column.containsKey("id")) {
            problems.add(InputProblem.error(where, "manifest header has no 'id' column"));
            return new Manifest(rows, problems);
        }
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String id = cell(cells, column.get("id"));
            String lineRef = where + " line " + (n + 1);
            if (id == null) {
                problems.add(InputProblem.warning(lineRef, "row without an id, ignored"));
                continue;
            }
            LocalDate published = null;
            String date = cell(cells, column.get("published"));
            if (date != null) {
                try {
                    published = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    problems.add(InputProblem.error(lineRef, "malformed date '" + date + "' for article " + id
                            + " (expected YYYY-MM-DD); ingested without a publication date"));
                }
            }
            if (rows.containsKey(id)) {
                problems.add(InputProblem.warning(lineRef, "article " + id + " is listed again; this later row is used"));
            }
            rows.put(id, new ArticleMeta(cell(cells, column.get("title")), cell(cells, column.get("publisher")),
                    published, cell(cells, column.get("url"))));
        }
        return new Manifest(rows, problems);
    }

    private static Map<String, Integer> header(String line) {
        Map<String, Integer> column = new HashMap<>();
        String[] names = line.replace("\uFEFF", "").split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            column.putIfAbsent(names[i].trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        return column;
    }

    private static String cell(String[] cells, Integer index) {
        if (index == null || index >= cells.length) {
            return null;
        }
        String value = cells[index].trim();
        return value.isEmpty() ? null : value;
    }
}
