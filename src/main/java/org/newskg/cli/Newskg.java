package org.newskg.cli;

import java.io.PrintWriter;
import org.apache.jena.sys.JenaSystem;
import org.newskg.corpus.BadInputException;
import org.newskg.query.QueryRunner;
import org.newskg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The newskg command line. Commands are thin: they parse options, call a stage, print. Every
 * failure becomes a one-line message and an exit code here, in one place: 0 success, 1 failure,
 * 2 bad usage. {@code System.exit} happens only in {@link #main}.
 */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of who said what, when, from news articles, and queries it.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                StatsCommand.class, ResolveCommand.class, CompactCommand.class, EvalCommand.class, VizCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Store: a TDB2 directory, ./" + StoreOption.DEFAULT + " unless --store says otherwise.",
                "Exit codes: 0 success, 1 failure (one line per failed input on stderr), 2 bad usage."})
public final class Newskg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (ingest, query, export, validate, stats)");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** A command line writing to these streams; tests call {@code execute} on it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        JenaSystem.init();
        CommandLine cl = new CommandLine(new Newskg());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Newskg::failure);
        return cl;
    }

    private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof QueryRunner.QueryProblem) {
            err.println("newskg: " + e.getMessage());
            return 2;
        }
        if (e instanceof StoreException || e instanceof BadInputException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException) {
            err.println("newskg: " + e.getMessage());
            return 1;
        }
        err.println("newskg: internal error: " + e);
        if (System.getenv("NEWSKG_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
