package org.newskg.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleLoader;
import org.newskg.corpus.ArticleMeta;
import org.newskg.corpus.BadInputException;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Extractor;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.NlpModels;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.validate.Validator;

/**
 * Fuzzes the article → RDF pipeline as ingest runs it: bytes → {@link ArticleLoader} (inputs it
 * refuses are skipped, as ingest skips them) → NLP → {@link Extractor} → {@link ExtractionMapper}.
 * No exception may escape; the graph must survive N-Triples and back unchanged and conform to the
 * bundled SHACL shapes. {@code mvn test} replays the kept inputs in
 * {@code src/test/resources/org/newskg/fuzz/ArticleToRdfFuzzTestInputs/}; {@code mvn verify} fuzzes.
 */
class ArticleToRdfFuzzTest {

    /** Larger inputs are skipped: each run stays fast, and 4 KB is several paragraphs. */
    static final int MAX_BYTES = 4096;
    /** A publication date, so relative dates ("on Tuesday") resolve as they do in a manifest-backed corpus. */
    static final ArticleMeta META = new ArticleMeta("Fuzzed", "Fuzz Wire", LocalDate.of(2024, 1, 16), "https://example.org/fuzz");

    private static Annotator annotator;
    private static Extractor extractor;
    private static Shapes shapes;
    private static Path file;

    private static synchronized void init() {
        if (annotator == null) {
            annotator = NlpModels.load().newAnnotator();
            extractor = Extractor.standard();
            shapes = Validator.shapes(); // Validator.validate(graph) re-reads them on every call
            try {
                file = Files.createTempFile("newskg-fuzz-", ".txt");
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FuzzTest(maxDuration = "45s")
    void articleBecomesConformingRdf(byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            return;
        }
        init();
        Files.write(file, bytes);
        Article article;
        try {
            article = ArticleLoader.load(file, "fuzzed", META);
        } catch (BadInputException refused) {
            return; // ingest reports it and skips the file
        }
        ArticleExtraction x = extractor.extract(article, annotator.annotate(article.text()));
        Model model = ExtractionMapper.map(x);

        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, model, Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(nt.toString(StandardCharsets.UTF_8), Lang.NTRIPLES).strict(true).parse(back);
        assertTrue(back.isIsomorphicWith(model), () -> "N-Triples round trip changed the graph:\n" + nt);

        ValidationReport report = ShaclValidator.get().validate(shapes, back.getGraph());
        assertTrue(report.conforms(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            return "SHACL violations for article text " + quoted(article.text()) + ":\n" + out.toString(StandardCharsets.UTF_8);
        });
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u{%x}", c) : Character.toString(c)));
        return b.append('"').toString();
    }
}
