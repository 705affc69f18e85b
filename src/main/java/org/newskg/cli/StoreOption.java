package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command takes. */
final class StoreOption {

    static final String DEFAULT = "newskg-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 store directory (default: ./${DEFAULT-VALUE}).")
    Path store;
}
