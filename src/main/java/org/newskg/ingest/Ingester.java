package org.newskg.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleLoader;
import org.newskg.corpus.BadInputException;
import org.newskg.corpus.CorpusScanner;
import org.newskg.corpus.InputProblem;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Extractor;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.NlpModels;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.ArticleGraph;
import org.newskg.store.KgStore;

/**
 * Reads articles, runs NLP and extraction, and writes each article's graph to the store in
 * batches (one write transaction per batch: an article is stored whole or not at all, and a bad
 * input never touches what is already stored). Problems are reported as they are met.
 */
public final class Ingester {

    public static final int DEFAULT_BATCH = 64;
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private final NlpModels models;
    private final Extractor extractor;
    private final int batchSize;
    private final Consumer<String> log;

    public Ingester(NlpModels models, Extractor extractor, int batchSize, Consumer<String> log) {
        this.models = models;
        this.extractor = extractor;
        this.batchSize = batchSize;
        this.log = log;
    }

    public IngestReport ingest(CorpusScanner.Scan scan, KgStore store) {
        long start = System.nanoTime();
        long lastProgress = start;
        List<InputProblem> problems = new ArrayList<>(scan.problems());
        scan.problems().forEach(p -> log.accept(p.line()));
        Annotator annotator = models.newAnnotator();
        Map<String, CorpusScanner.Source> seen = new HashMap<>();
        List<ArticleGraph> batch = new ArrayList<>();
        int articles = 0;
        int statements = 0;
        int actors = 0;
        long triples = 0;
        long tokens = 0;
        int total = scan.sources().size();
        for (CorpusScanner.Source source : scan.sources()) {
            CorpusScanner.Source earlier = seen.putIfAbsent(source.id(), source);
            if (earlier != null) {
                problem(problems, InputProblem.error(source.file().toString(),
                        "duplicate article id '" + source.id() + "' (also " + earlier.file() + "); skipped"));
                continue;
            }
            Article article;
            try {
                article = ArticleLoader.load(source.file(), source.id(), scan.manifest().lookup(source.id()).orElse(null));
            } catch (BadInputException e) {
                problem(problems, InputProblem.error(source.file().toString(), e.getMessage()));
                continue;
            }
            ArticleExtraction x = extractor.extract(article, annotator.annotate(article.text()));
            Model model = ExtractionMapper.map(x);
            batch.add(new ArticleGraph(article.id(), model));
            articles++;
            statements += x.statements().size();
            actors += x.actors().size();
            triples += model.size();
            tokens += x.tokenCount();
            if (batch.size() >= batchSize) {
                store.replace(batch);
                batch.clear();
            }
            long now = System.nanoTime();
            if (now - lastProgress > PROGRESS_EVERY_NANOS) {
                lastProgress = now;
                double seconds = (now - start) / 1e9;
                log.accept(String.format("… %d/%d articles, %.1f articles/s", articles, total, articles / seconds));
            }
        }
        store.replace(batch);
        return new IngestReport(articles, statements, actors, triples, tokens, problems, Duration.ofNanos(System.nanoTime() - start));
    }

    private void problem(List<InputProblem> problems, InputProblem p) {
        problems.add(p);
        log.accept(p.line());
    }
}
