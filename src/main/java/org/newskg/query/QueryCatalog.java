package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bundled queries ({@code queries/*.rq}, packed in the jar under {@code newskg/queries/}) and
 * user query files. A name without ".rq" is a bundled query; anything else is a file path.
 */
public final class QueryCatalog {

    /** The bundled query names, in the order README lists them. */
    public static final List<String> BUNDLED = List.of("who-said-what", "statements-by-speaker", "said-about", "actors",
            "timeline", "attacks", "military-units", "agreements", "actor-profile", "reported-figures");

    private QueryCatalog() {
    }

    public static Optional<NamedQuery> bundled(String name) {
        try (InputStream in = QueryCatalog.class.getResourceAsStream("/newskg/queries/" + name + ".rq")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a name or a path; empty when neither exists. */
    public static Optional<NamedQuery> resolve(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return Optional.of(NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
        return bundled(nameOrFile);
    }
}
