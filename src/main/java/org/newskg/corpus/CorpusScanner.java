package org.newskg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into article sources: a file is one article, a
 * directory gives its {@code .txt} files (sorted by name, not recursive). The manifest is the
 * one given explicitly, else each directory's {@code manifest.tsv}. Paths that do not exist or
 * hold no article become problems.
 */
public final class CorpusScanner {

    /** One article file to read, with the id derived from its file name. */
    public record Source(Path file, String id) {
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
                if (explicitManifest == null && Files.isRegularFile(dirManifest)) {
                    manifest = manifest.plus(readManifest(dirManifest, problems));
                }
                List<Path> files = textFiles(path, problems);
                if (files.isEmpty()) {
                    problems.add(InputProblem.error(path.toString(), "directory holds no .txt article"));
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

    /** The article id: the file name without its extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Manifest readManifest(Path file, List<InputProblem> problems) {
        try {
            return Manifest.read(file);
        } catch (IOException e) {
            problems.add(InputProblem.error(file.toString(), "cannot read manifest: " + e.getMessage()));
            return Manifest.EMPTY;
        }
    }

    private static List<Path> textFiles(Path dir, List<InputProblem> problems) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(InputProblem.error(dir.toString(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }
}
