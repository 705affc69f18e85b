package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.eval.Evaluation;
import org.newskg.eval.StatementScore;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the store's who-said-what answer against a gold file of statements (JSON Lines;",
                "format in README). Prints the same figures as the project's reference scorer."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold statements, one JSON object per line.")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Also list missed, wrongly attributed or dated, and extra statements.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new java.io.FileNotFoundException("no gold file " + gold);
        }
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            StatementScore.Result result = Evaluation.statements(store, gold);
            var out = spec.commandLine().getOut();
            if (verbose) {
                result.details().forEach(out::println);
            }
            result.lines().forEach(out::println);
        }
        return 0;
    }
}
