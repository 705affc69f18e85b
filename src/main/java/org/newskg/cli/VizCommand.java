package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import org.newskg.viz.Focus;
import org.newskg.viz.NodeLinkGraph;
import org.newskg.viz.NodeLinkReader;
import org.newskg.viz.VizFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "viz", header = "Write a node-link view for Gephi, yEd, Cytoscape or Graphviz.", mixinStandardHelpOptions = true,
        description = {"Writes a node-link view of the graph for Gephi, yEd, Cytoscape or Graphviz:",
                "actors, statements, events, units and agreements as typed, labelled nodes (type, label, date, article); edges labelled by relation (said, about, agent, target, partOf, party …)."})
final class VizCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, gexf, dot or cytoscape.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor's neighbourhood (any name it is known by).")
    String actor;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "2",
            description = "Edges away from --actor to include (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only statements and events on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only statements and events on or before this day.")
    String to;

    @Option(names = "--types", paramLabel = "KIND", split = ",",
            description = "Node kinds to keep: actor, statement, event, unit, agreement (default: all).")
    List<String> types = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        VizFormat vizFormat = CliFormats.parse(spec, "--format", format, VizFormat.class);
        Set<NodeLinkGraph.Kind> kinds = EnumSet.noneOf(NodeLinkGraph.Kind.class);
        types.forEach(t -> kinds.add(CliFormats.parse(spec, "--types", t, NodeLinkGraph.Kind.class)));
        if (depth < 0) {
            throw new ParameterException(spec.commandLine(), "--depth must be 0 or more");
        }
        Focus focus = new Focus(actor, depth, day("--from", from), day("--to", to), kinds);
        try {
            return write(vizFormat, focus);
        } catch (OutOfMemoryError e) {
            // The view is built from the whole store in memory, as query builds a large result.
            spec.commandLine().getErr().println("newskg: viz ran out of memory (Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more (NEWSKG_JAVA_OPTS=-Xmx8g)"
                    + " or draw less (--actor NAME --depth N, --types, --from/--to)");
            return 1;
        }
    }

    private int write(VizFormat vizFormat, Focus focus) throws IOException {
        NodeLinkGraph graph;
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            graph = focus.apply(NodeLinkReader.read(store));
        } catch (Focus.NoSuchActor e) {
            spec.commandLine().getErr().println("newskg: " + e.getMessage());
            return 1;
        }
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            vizFormat.writer().write(graph, out);
            out.flush();
        } else {
            Path tmp = output.resolveSibling(output.getFileName() + ".part");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                vizFormat.writer().write(graph, out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getErr().println("newskg: wrote " + graph.nodes().size() + " nodes and "
                    + graph.edges().size() + " edges to " + output);
        }
        return 0;
    }

    private String day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be a day YYYY-MM-DD, not '" + value + "'");
        }
    }
}
