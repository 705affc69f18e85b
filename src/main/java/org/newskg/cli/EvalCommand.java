package org.newskg.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.eval.Evaluation;
import org.newskg.eval.Evaluation.GoldFiles;
import org.newskg.eval.Score;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "eval", header = "Score the store against gold files of statements, events, units, agreements, actors.", mixinStandardHelpOptions = true,
        description = {"Scores the store against gold files (JSON Lines; formats in README):",
                "statements (who-said-what), events (timeline), units (military-units), agreements and actors. Prints each one's figures, in that order; statements and events as the project's reference scorers do.",
                "Statements are followed by the speaker type agreement: the share of matched gold statements whose gold kind agrees with the type of the row's speaker in the store."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--gold", paramLabel = "FILE.jsonl", description = "Gold statements, one JSON object per line.")
    Path gold;

    @Option(names = "--events", paramLabel = "FILE.jsonl", description = "Gold events (scores the timeline query).")
    Path events;

    @Option(names = "--units", paramLabel = "FILE.jsonl", description = "Gold military units (scores military-units).")
    Path units;

    @Option(names = "--agreements", paramLabel = "FILE.jsonl",
            description = "Gold agreements (scores the agreements query); needs --actors for the party names.")
    Path agreements;

    @Option(names = "--actors", paramLabel = "FILE.jsonl", description = "Gold actors (scores the actors query).")
    Path actors;

    @Option(names = "--gold-dir", paramLabel = "DIR",
            description = "A directory with statements.jsonl, events.jsonl, units.jsonl, agreements.jsonl, actors.jsonl"
                    + " (missing ones are skipped; the options above override its files).")
    Path goldDir;

    @Option(names = "--manifest", paramLabel = "FILE.tsv",
            description = "Score statements on every article id of this manifest (tab-separated, id column), also those"
                    + " with no gold line: what they attribute counts as false (the reference scorer's --manifest).")
    Path manifest;

    @Option(names = {"-v", "--verbose"}, description = "Also list what each scorer missed or found wrong.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GoldFiles files = goldFiles();
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), goldDir != null
                    ? "no gold files in " + goldDir + " (expected " + String.join(", ", GoldFiles.NAMES) + ")"
                    : "give at least one gold file: --gold, --events, --units, --agreements, --actors or --gold-dir");
        }
        if (files.agreements() != null && files.actors() == null) {
            throw new ParameterException(spec.commandLine(),
                    "--agreements needs --actors (the actors gold gives the parties' names)");
        }
        for (Path p : new Path[] {files.statements(), files.events(), files.units(), files.agreements(), files.actors()}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new FileNotFoundException("no gold file " + p);
            }
        }
        if (manifest != null && !Files.isRegularFile(manifest)) {
            throw new FileNotFoundException("no manifest " + manifest);
        }
        Set<String> docs = manifest == null ? null : Evaluation.manifestIds(manifest);
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            var out = spec.commandLine().getOut();
            for (Score score : Evaluation.run(store, files, docs)) {
                if (verbose) {
                    score.details().forEach(out::println);
                }
                score.lines().forEach(out::println);
            }
        }
        return 0;
    }

    /** The options, with --gold-dir filling in the files they leave out (when present in it). */
    private GoldFiles goldFiles() throws IOException {
        if (goldDir != null && !Files.isDirectory(goldDir)) {
            throw new FileNotFoundException("no gold directory " + goldDir);
        }
        Path[] p = {gold, events, units, agreements, actors};
        for (int i = 0; i < p.length; i++) {
            if (p[i] == null && goldDir != null && Files.isRegularFile(goldDir.resolve(GoldFiles.NAMES.get(i)))) {
                p[i] = goldDir.resolve(GoldFiles.NAMES.get(i));
            }
        }
        return new GoldFiles(p[0], p[1], p[2], p[3], p[4]);
    }
}
