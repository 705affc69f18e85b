package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newskg.resolve.ResolutionState;
import org.newskg.store.KgStore;
import org.newskg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", header = "Check the store against the SHACL shapes; exit 1 if it does not conform.", mixinStandardHelpOptions = true,
        description = "Checks the store against the SHACL shapes (ontology/shapes.ttl); exit 1 if it does not conform. "
                + "Also says when the cross-article links do not cover every article (run resolve).")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (KgStore store = KgStore.openExisting(storeOption.store)) {
            ValidationReport report = Validator.validate(store);
            ResolutionState resolution = ResolutionState.of(store);
            if (!resolution.complete()) {
                out.println("resolution " + resolution.describe());
            }
            if (report.conforms()) {
                out.println("conforms: the store satisfies every shape in shapes.ttl");
                return 0;
            }
            out.println("does not conform: " + report.getEntries().size() + " violation(s)");
            for (ReportEntry e : report.getEntries()) {
                out.println("  " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + "— " + e.message());
            }
            return 1;
        }
    }
}
