package org.newskg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into article sources: a file is one source, a
 * directory gives its article files (sorted by name, not recursive): {@code .txt}, {@code .jsonl}
 * (one article per line), {@code .html} saved pages, and each of them gzip'd ({@code .gz}). The
 * manifest is the one given explicitly, else each directory's {@code manifest.tsv}. Paths that do
 * not exist or hold no article become problems. Nothing is read here but file names and
 * manifests: articles are streamed by {@link ArticleReader}.
 */
public final class CorpusScanner {

    /**
     * One input file to read, with the id derived from its file name (the article's id for text
     * and HTML; a JSON Lines file gives each article its own id).
     */
    public record Source(Path file, String id) {
        public InputFormat format() {
            return InputFormat.of(file);
        }
    }

    /** What the scan found: the sources in order, the merged manifest and the problems. */
    public record Scan(List<Source> sources, Manifest manifest, List<InputProblem> problems) {
    }

    private CorpusScanner() {
    }

    public static Scan scan(List<Path> paths, Path explicitManifest) {
        List<Source> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Manifest manifest = Manifest.EMPTY;
        if (explicitManifest != null) {
            manifest = readManifest(explicitManifest, problems);
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path dirManifest = path.resolve(Manifest.FILE_NAME);
                List<Path> files = textFiles(path, problems);
                if (explicitManifest == null && Files.isRegularFile(dirManifest)) {
                    Manifest here = readManifest(dirManifest, problems);
                    manifest = manifest.plus(here);
                    missingFiles(dirManifest, here, files).ifPresent(problems::add);
                }
                if (files.isEmpty()) {
                    problems.add(InputProblem.error(path.toString(), "directory holds no article file (.txt, .jsonl, .html, or any of them .gz)"));
                }
                files.forEach(f -> sources.add(new Source(f, idOf(f))));
            } else if (Files.exists(path)) {
                sources.add(new Source(path, idOf(path)));
            } else {
                problems.add(InputProblem.error(path.toString(), "no such file or directory"));
            }
        }
        problems.addAll(manifest.problems());
        return new Scan(List.copyOf(sources), manifest, List.copyOf(problems));
    }

    /** The article id: the file name without its extension (and without a {@code .gz} after it). */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > 3 && name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Manifest rows for articles the directory does not hold: a warning naming a few of them. */
    private static java.util.Optional<InputProblem> missingFiles(Path manifestFile, Manifest manifest, List<Path> files) {
        if (files.stream().anyMatch(f -> InputFormat.of(f) == InputFormat.JSONL)) {
            return java.util.Optional.empty(); // ids inside JSON Lines files are not known before reading them
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        files.forEach(f -> present.add(idOf(f)));
        List<String> missing = manifest.ids().stream().filter(id -> !present.contains(id)).sorted().toList();
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(InputProblem.warning(manifestFile.toString(), missing.size() + " listed article"
                + (missing.size() == 1 ? " has" : "s have") + " no file here: " + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                + (missing.size() > 5 ? ", …" : "")));
    }

    private static Manifest readManifest(Path file, List<InputProblem> problems) {
        try {
            return Manifest.read(file);
        } catch (IOException e) {
            problems.add(InputProblem.error(file.toString(), "cannot read manifest: " + e.getMessage()));
            return Manifest.EMPTY;
        }
    }

    /** The directory's article files; a link among them that leads to no file (gone, or looping) is a problem. */
    private static List<Path> textFiles(Path dir, List<InputProblem> problems) {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> named = list.filter(InputFormat::isArticleFile).sorted().toList();
            named.stream().filter(f -> Files.isSymbolicLink(f) && !Files.exists(f)).forEach(f -> problems.add(InputProblem.error(
                    f.toString(), "symbolic link leads to no file (its target is gone, or the links loop)")));
            return named.stream().filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            problems.add(InputProblem.error(dir.toString(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }
}
