package org.newskg.corpus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How an input file holds articles, told by its name: {@code .jsonl}/{@code .ndjson} hold one
 * article per line, {@code .html}/{@code .htm} are saved news pages, anything else is plain text
 * (one article). A trailing {@code .gz} means the same format, gzip-compressed.
 */
public enum InputFormat {
    TEXT, JSONL, HTML;

    /** The format of a file given by name. */
    public static InputFormat of(Path file) {
        String name = baseName(file);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return TEXT;
    }

    /** Whether the file is gzip-compressed (its name ends in {@code .gz}). */
    public static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Whether a directory scan picks this file up as an article source. */
    static boolean isArticleFile(Path file) {
        String name = baseName(file);
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || name.endsWith(".html") || name.endsWith(".htm");
    }

    /** The lower-cased file name without a trailing {@code .gz}. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
