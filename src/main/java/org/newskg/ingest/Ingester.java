package org.newskg.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.newskg.corpus.Article;
import org.newskg.corpus.ArticleReader;
import org.newskg.corpus.CorpusScanner;
import org.newskg.corpus.InputProblem;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Extractor;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.NlpModels;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.ArticleGraph;
import org.newskg.store.KgStore;
import org.newskg.util.Futures;

/**
 * Reads articles, runs NLP and extraction on every core, and writes each article's graph to the
 * store in batches. Three stages, streaming:
 * <ol>
 *   <li>a reader thread reads the inputs in order ({@link ArticleReader}) and hands each article
 *       to the worker pool;</li>
 *   <li>{@code threads} workers annotate (one {@link Annotator} per thread, sharing the models),
 *       extract ({@link Extractor} is thread-safe) and map to RDF;</li>
 *   <li>the calling thread is the one writer: it takes results <em>in input order</em> and
 *       replaces a batch of article graphs per write transaction (an article is stored whole or
 *       not at all; a bad input never touches what is already stored).</li>
 * </ol>
 * A bounded queue between reader and writer keeps memory to a few batches whatever the corpus
 * size, and input order makes the store and the messages independent of thread scheduling.
 * An empty store gets a first load instead ({@link KgStore#bulkLoad()}): its indexes are written
 * from sorted quads at the end, all or nothing ({@link Builder#bulk}).
 */
public final class Ingester {

    public static final int DEFAULT_BATCH = 1024;

    /** CPU time of the calling thread, for the report's time per stage. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Articles handed to a first load at a time; with the queue (twice this, at least 8 per thread)
     * it bounds the finished graphs waiting in memory. Each young collection copies what is waiting:
     * on a 30k-article load, 16 instead of 64 cut the collection pauses from 12.1–12.4 s to
     * 10.2–10.5 s (two runs each) with the two NLP threads still busy.
     */
    private static final int BULK_BATCH = 16;

    private final NlpModels models;
    private final Extractor extractor;
    private final int batchSize;
    private final int threads;
    private final boolean bulk;
    private final Consumer<String> log;
    private final Progress progress;

    private Ingester(Builder b) {
        this.models = b.models;
        this.extractor = b.extractor;
        this.batchSize = b.batch;
        this.threads = b.threads;
        this.bulk = b.bulk;
        this.log = b.log;
        this.progress = b.progress;
    }

    /** Single writer, all cores, problems to {@code log}, no progress display. */
    public Ingester(NlpModels models, Extractor extractor, int batchSize, Consumer<String> log) {
        this(builder(models, extractor).batch(batchSize).log(log));
    }

    public static Builder builder(NlpModels models, Extractor extractor) {
        return new Builder(models, extractor);
    }

    /** Configures an {@link Ingester}; defaults: batch {@value #DEFAULT_BATCH}, one worker per core, a first load of an empty store in bulk. */
    public static final class Builder {
        private final NlpModels models;
        private final Extractor extractor;
        private int batch = DEFAULT_BATCH;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean bulk = true;
        private Consumer<String> log = line -> { };
        private Progress progress = Progress.NONE;

        private Builder(NlpModels models, Extractor extractor) {
            this.models = models;
            this.extractor = extractor;
        }

        /** Articles per write transaction. */
        public Builder batch(int n) {
            this.batch = Math.max(1, n);
            return this;
        }

        /** NLP/extraction worker threads. */
        public Builder threads(int n) {
            this.threads = Math.max(1, n);
            return this;
        }

        /** Whether an empty store gets a first load ({@link KgStore#bulkLoad()}; the default) or transactions. */
        public Builder bulk(boolean b) {
            this.bulk = b;
            return this;
        }

        /** Where problems (one line each) and notes go. */
        public Builder log(Consumer<String> l) {
            this.log = l;
            return this;
        }

        public Builder progress(Progress p) {
            this.progress = p;
            return this;
        }

        public Ingester build() {
            return new Ingester(this);
        }
    }

    /** One processed article, ready to write, with the CPU time its stages took. */
    private record Done(ArticleGraph graph, int statements, int events, int actors, long triples, long tokens,
            long annotateNanos, long extractNanos, long mapNanos) {
    }

    /** What the reader hands the writer, in input order. */
    private sealed interface Slot permits Work, Problem, End {
    }

    private record Work(Future<Done> result) implements Slot {
    }

    private record Problem(InputProblem problem) implements Slot {
    }

    private record End(RuntimeException failure) implements Slot {
    }

    public IngestReport ingest(CorpusScanner.Scan scan, KgStore store) {
        long start = System.nanoTime();
        Sink sink = sink(store);
        // A first load writes nothing per batch (its transaction is the whole load), so it takes
        // small batches: fewer finished graphs wait in memory.
        int batchSize = sink instanceof BulkSink ? BULK_BATCH : this.batchSize;
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("newskg-nlp"));
        ThreadLocal<Annotator> annotators = ThreadLocal.withInitial(models::newAnnotator);
        BlockingQueue<Slot> queue = new ArrayBlockingQueue<>(Math.max(2 * batchSize, 8 * threads));
        ArticleReader articles = new ArticleReader(scan);
        Thread reader = daemon("newskg-read").newThread(() -> read(articles, queue, workers, annotators));
        reader.start();

        List<InputProblem> problems = new ArrayList<>();
        List<ArticleGraph> batch = new ArrayList<>();
        int count = 0;
        int statements = 0;
        int events = 0;
        int actors = 0;
        long triples = 0;
        long tokens = 0;
        long annotate = 0;
        long extract = 0;
        long map = 0;
        long storeNanos = 0;
        long finishWall = 0;
        try {
            for (Slot slot = take(queue); !(slot instanceof End); slot = take(queue)) {
                if (slot instanceof Problem p) {
                    problems.add(p.problem());
                    log.accept(p.problem().line());
                    continue;
                }
                Done d = Futures.join(((Work) slot).result(), "ingest");
                batch.add(d.graph());
                count++;
                statements += d.statements();
                events += d.events();
                actors += d.actors();
                triples += d.triples();
                tokens += d.tokens();
                annotate += d.annotateNanos();
                extract += d.extractNanos();
                map += d.mapNanos();
                if (batch.size() >= batchSize) {
                    long w = CPU.getCurrentThreadCpuTime();
                    sink.write(batch);
                    storeNanos += CPU.getCurrentThreadCpuTime() - w;
                    batch.clear();
                }
                progress.update(new Progress.Snapshot(count, tokens, articles.bytesRead(), articles.totalBytes(),
                        System.nanoTime() - start));
            }
            long w = CPU.getCurrentThreadCpuTime();
            sink.write(batch);
            if (sink instanceof BulkSink && triples > 0) {
                progress.stage(String.format("%d articles read; writing the store's indexes (%,d quads)", count, triples));
            }
            long finishStart = System.nanoTime();
            sink.finish();
            finishWall = System.nanoTime() - finishStart;
            storeNanos += CPU.getCurrentThreadCpuTime() - w;
        } catch (RuntimeException | Error e) {
            reader.interrupt();
            sink.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        } finally {
            workers.shutdownNow();
            progress.finish(new Progress.Snapshot(count, tokens, articles.bytesRead(), articles.totalBytes(),
                    System.nanoTime() - start));
        }
        return new IngestReport(count, statements, events, actors, triples, tokens, problems,
                Duration.ofNanos(System.nanoTime() - start), new IngestReport.StageTimes(annotate, extract, map, storeNanos, finishWall));
    }

    /** The reader stage: inputs in order → work for the pool, problems passed through. */
    private void read(ArticleReader articles, BlockingQueue<Slot> queue, ExecutorService workers,
            ThreadLocal<Annotator> annotators) {
        RuntimeException failure = null;
        Map<String, String> seen = new HashMap<>();
        try (articles) {
            while (articles.hasNext()) {
                ArticleReader.Item item = articles.next();
                if (item instanceof ArticleReader.Problem p) {
                    queue.put(new Problem(p.problem()));
                    continue;
                }
                ArticleReader.Read read = (ArticleReader.Read) item;
                Article article = read.article();
                String earlier = seen.putIfAbsent(article.id(), read.where());
                if (earlier != null) {
                    queue.put(new Problem(InputProblem.error(read.where(),
                            "duplicate article id '" + article.id() + "' (also " + earlier + "); skipped")));
                    continue;
                }
                if (article.meta().urlHasOtherScheme()) {
                    queue.put(new Problem(InputProblem.warning(read.where(), "the url '" + article.meta().url() + "' of article "
                            + article.id() + " is not an http(s) address; ingested without it")));
                }
                queue.put(new Work(workers.submit(() -> process(article, annotators.get()))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The worker stage: one article → its graph. Pure apart from the calling thread's annotator. */
    private Done process(Article article, Annotator annotator) {
        long t0 = CPU.getCurrentThreadCpuTime();
        AnnotatedText nlp = annotator.annotate(article.text());
        long t1 = CPU.getCurrentThreadCpuTime();
        ArticleExtraction x = extractor.extract(article, nlp);
        long t2 = CPU.getCurrentThreadCpuTime();
        Model model = ExtractionMapper.map(x);
        long t3 = CPU.getCurrentThreadCpuTime();
        return new Done(new ArticleGraph(article.id(), model), x.statements().size(), x.events().size(),
                x.actors().size(), model.size(), x.tokenCount(), t1 - t0, t2 - t1, t3 - t2);
    }

    private static Slot take(BlockingQueue<Slot> queue) {
        try {
            Slot slot = queue.take();
            if (slot instanceof End end && end.failure() != null) {
                throw end.failure();
            }
            return slot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    /** Where batches go: write transactions, or the bulk loader on an empty store. */
    private interface Sink {
        void write(List<ArticleGraph> batch);

        default void finish() {
        }

        default void abort(Exception cause) {
        }
    }

    /** The first load of an empty store. */
    private record BulkSink(KgStore.BulkLoad load) implements Sink {
        @Override
        public void write(List<ArticleGraph> batch) {
            load.add(batch);
        }

        @Override
        public void finish() {
            load.finish();
        }

        @Override
        public void abort(Exception cause) {
            load.abort(cause);
        }
    }

    private Sink sink(KgStore store) {
        if (bulk && store.isEmpty()) {
            return new BulkSink(store.bulkLoad());
        }
        return store::replace;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
