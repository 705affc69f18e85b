package org.newskg.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the articles of a {@link CorpusScanner.Scan}, in input order, one at a time: a text or
 * HTML file gives one article, a JSON Lines file one per line, each possibly gzip'd. What cannot
 * be read becomes a problem item where it was met (a bad JSON line, or one that is not UTF-8, is
 * one problem and the file's other lines are still read; a gzip file cut short gives its whole
 * lines, then a problem at the line where it stops). Only the current file is open and only the
 * current article is held in memory. Not thread-safe: one reader thread.
 */
public final class ArticleReader implements Iterator<ArticleReader.Item>, AutoCloseable {

    /** What the reader yields: an article, or a problem met while reading. */
    public sealed interface Item permits Read, Problem {
    }

    /** An article and where it came from (a file, or a file and line). */
    public record Read(Article article, String where) implements Item {
    }

    public record Problem(InputProblem problem) implements Item {
    }

    private final Iterator<CorpusScanner.Source> sources;
    private final Manifest manifest;
    private final Deque<Item> pending = new ArrayDeque<>();
    private final long totalBytes;
    private long doneBytes;
    private JsonLines lines;

    public ArticleReader(CorpusScanner.Scan scan) {
        this.sources = scan.sources().iterator();
        this.manifest = scan.manifest();
        scan.problems().forEach(p -> pending.add(new Problem(p)));
        this.totalBytes = scan.sources().stream().mapToLong(s -> size(s.file())).sum();
    }

    /** Bytes of all input files (compressed size for .gz), for progress. */
    public long totalBytes() {
        return totalBytes;
    }

    /** Bytes of input read so far (compressed size for .gz). */
    public long bytesRead() {
        return doneBytes + (lines == null ? 0 : lines.counter.count);
    }

    @Override
    public boolean hasNext() {
        // Each step may queue items (the last line of a file may be a problem): look again after each.
        while (pending.isEmpty()) {
            if (lines != null) {
                if (!lines.next()) {
                    doneBytes += lines.counter.count;
                    lines.close();
                    lines = null;
                }
            } else if (sources.hasNext()) {
                open(sources.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void open(CorpusScanner.Source source) {
        Path file = source.file();
        String where = file.toString();
        if (source.format() == InputFormat.JSONL) {
            try {
                lines = new JsonLines(file);
            } catch (IOException e) {
                pending.add(new Problem(InputProblem.error(where, reason(e))));
            }
            return;
        }
        try {
            byte[] bytes = bytes(file);
            ArticleMeta meta = manifest.lookup(source.id()).orElse(null);
            Article article;
            if (source.format() == InputFormat.HTML) {
                article = HtmlArticle.parse(bytes, source.id(), file.toUri().toString(), meta);
            } else {
                ArticleLoader.Decoded decoded = ArticleLoader.decodeText(bytes);
                if (decoded.warning() != null) {
                    pending.add(new Problem(InputProblem.warning(where, decoded.warning())));
                }
                if (ArticleLoader.looksLikeHtml(decoded.text())) {
                    // A saved web page given as text: read its article text, not its markup.
                    pending.add(new Problem(InputProblem.warning(where, "an HTML page given as text; its article text was extracted")));
                    article = HtmlArticle.parse(decoded.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), source.id(),
                            file.toUri().toString(), meta);
                } else {
                    article = new Article(source.id(), decoded.text(), meta);
                }
            }
            pending.add(new Read(article, where));
        } catch (IOException e) {
            pending.add(new Problem(InputProblem.error(where, reason(e))));
        } catch (BadInputException e) {
            pending.add(new Problem(InputProblem.error(where, e.getMessage())));
        } finally {
            doneBytes += size(file);
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!InputFormat.gzipped(file)) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof ZipException || e instanceof java.io.EOFException) {
            return "not valid gzip data (" + e.getMessage() + ")";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text (bad byte sequence)";
        }
        return "cannot read: " + e.getMessage();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    /** An open JSON Lines file, read one line per call. */
    private final class JsonLines {
        final Path file;
        final Counting counter;
        final InputStream in;
        final Utf8Lines lines;

        JsonLines(Path file) throws IOException {
            this.file = file;
            this.counter = new Counting(Files.newInputStream(file));
            try {
                this.in = InputFormat.gzipped(file) ? new GZIPInputStream(counter, 1 << 16) : counter;
            } catch (IOException e) {
                counter.close();
                throw e;
            }
            this.lines = new Utf8Lines(in);
        }

        /** Reads one line into {@link #pending}; false at the end of the file or where reading failed. */
        boolean next() {
            String line;
            try {
                line = lines.next();
            } catch (CharacterCodingException e) {
                pending.add(new Problem(InputProblem.error(where(), reason(e))));
                return true;
            } catch (IOException e) {
                pending.add(new Problem(InputProblem.error(where(), reason(e) + "; the rest of the file is skipped")));
                return false;
            }
            if (line == null) {
                return false;
            }
            if (lines.lineNumber() == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                return true;
            }
            String where = where();
            try {
                JsonlArticle.Parsed parsed = JsonlArticle.parse(line, manifest);
                if (parsed.warning() != null) {
                    pending.add(new Problem(InputProblem.error(where, parsed.warning())));
                }
                pending.add(new Read(parsed.article(), where));
            } catch (BadInputException e) {
                pending.add(new Problem(InputProblem.error(where, e.getMessage())));
            }
            return true;
        }

        /** The line read last, or being read when reading failed. */
        String where() {
            return file + " line " + lines.lineNumber();
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts the bytes read from the file (before decompression). */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** All items at once (for small inputs and tests). */
    public static List<Item> readAll(CorpusScanner.Scan scan) {
        try (ArticleReader reader = new ArticleReader(scan)) {
            List<Item> items = new java.util.ArrayList<>();
            reader.forEachRemaining(items::add);
            return items;
        }
    }
}
