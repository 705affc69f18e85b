package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", header = "Write the store as RDF (Turtle, TriG, N-Quads, N-Triples, JSON-LD).", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF. The same store always gives the same bytes.",
                "trig, nquads and jsonld keep one named graph per article; turtle and ntriples merge them."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, trig, nquads, ntriples or jsonld.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = CliFormats.parse(spec, "--format", format, ExportFormat.class);
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            if (output == null) {
                OutputStream out = new CliFormats.WriterStream(spec.commandLine().getOut());
                Exporter.write(store, exportFormat, out);
                out.flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    long n = Exporter.write(store, exportFormat, out);
                    spec.commandLine().getErr().println("newskg: wrote " + n + (exportFormat == ExportFormat.TURTLE
                            || exportFormat == ExportFormat.NTRIPLES ? " triples" : " quads") + " to " + output);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return 0;
    }
}
