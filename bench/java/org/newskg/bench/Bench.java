package org.newskg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.jena.sys.JenaSystem;
import org.newskg.corpus.ArticleReader;
import org.newskg.corpus.CorpusScanner;
import org.newskg.extract.Extractor;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.Ingester;
import org.newskg.nlp.NlpModels;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryCatalog;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.resolve.ActorResolver;
import org.newskg.store.KgStore;

/**
 * The ingest benchmark. For each corpus size it generates a synthetic corpus (JSON Lines), then in
 * child JVMs (so each has its own peak RSS) measures the NLP floor (OpenNLP sentence + token + POS
 * alone, same threads, same text) and a full ingest into a fresh store; then the latency of every
 * bundled query on the largest store. Prints one table and the target ratios.
 *
 * <pre>bench/run.sh [--sizes 1000,10000,100000] [--threads 2] [--no-bulk] [--no-queries] [--dir target/bench] [--query-cap 120]
 * bench/run.sh --queries-only STORE [--query-cap SECONDS]</pre>
 */
public final class Bench {

    /** The JVM options bin/newskg gives {@code newskg ingest}: the floor and the ingest run with them. */
    private static final List<String> INGEST_JVM = List.of("-Xmx1g", "-XX:+UseParallelGC");

    /** The JVM options bin/newskg gives the other commands: the queries run with them. */
    private static final List<String> QUERY_JVM = List.of("-Xmx2g");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child-floor")) {
            floor(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length > 0 && args[0].equals("child-ingest")) {
            ingest(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Boolean.parseBoolean(args[4]));
        } else if (args.length > 0 && args[0].equals("child-queries")) {
            queries(Path.of(args[1]), Long.parseLong(args[2]));
        } else {
            parent(args);
        }
    }

    // ---- parent ---------------------------------------------------------------------------------

    private static void parent(String[] args) throws Exception {
        List<Integer> sizes = List.of(1000, 10000, 100000);
        int threads = 2;
        boolean bulk = true;
        boolean queries = true;
        Path queriesOnly = null;
        long queryCapSeconds = 120;
        Path dir = Path.of("target", "bench");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[i + 1] : "";
            String k = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean consumed = !a.contains("=");
            switch (k) {
                case "--sizes" -> sizes = Arrays.stream(v.split(",")).map(s -> Integer.parseInt(s.trim().replace("k", "000"))).toList();
                case "--threads" -> threads = Integer.parseInt(v);
                case "--dir" -> dir = Path.of(v);
                case "--queries-only" -> queriesOnly = Path.of(v);
                case "--query-cap" -> queryCapSeconds = Long.parseLong(v);
                case "--bulk", "--no-bulk" -> consumed = false;
                case "--no-queries" -> consumed = false;
                case "" -> consumed = false;
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (use --sizes 1000,10000,100000 --threads 2 --no-bulk --no-queries --dir DIR --query-cap SECONDS, or --queries-only STORE)");
            }
            if (k.equals("--no-bulk")) {
                bulk = false;
            }
            if (k.equals("--no-queries")) {
                queries = false;
            }
            if (consumed) {
                i++;
            }
        }
        if (queriesOnly != null) {
            printQueries(queriesOnly, "the existing store " + queriesOnly, queryCapSeconds);
            return;
        }
        System.out.printf("newskg benchmark: sizes %s, %d threads, %s writes, %d cores, java %s%n", sizes, threads,
                bulk ? "first-load (sorted)" : "transactional", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<Map<String, String>> rows = new ArrayList<>();
        Path largestStore = null;
        for (int n : sizes) {
            Path corpus = dir.resolve("corpus-" + n + ".jsonl");
            if (!Files.exists(corpus)) {
                long t = System.nanoTime();
                CorpusGenerator.write(corpus, n);
                System.out.printf("generated %s (%,d bytes) in %.1f s%n", corpus, Files.size(corpus), (System.nanoTime() - t) / 1e9);
            }
            // The floor runs before and after the ingest and the ratio is taken against their mean:
            // this machine's speed drifts by 10-25 % within an hour, and one floor run on one side
            // of the ingest would turn that drift into the ratio.
            Map<String, String> floorBefore = child(INGEST_JVM, "child-floor", corpus.toString(), "" + threads);
            Path store = dir.resolve("store-" + n);
            deleteTree(store);
            Map<String, String> ingest = child(INGEST_JVM, "child-ingest", corpus.toString(), store.toString(), "" + threads, "" + bulk);
            Map<String, String> floorAfter = child(INGEST_JVM, "child-floor", corpus.toString(), "" + threads);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("size", "" + n);
            row.putAll(ingest);
            floorBefore.forEach((k2, v2) -> row.put("floor_" + k2, "" + (Double.parseDouble(v2) + d(floorAfter, k2)) / 2));
            row.put("floor_before_seconds", floorBefore.get("seconds"));
            row.put("floor_after_seconds", floorAfter.get("seconds"));
            row.put("store_kb", "" + du(store));
            rows.add(row);
            print(row);
            largestStore = store;
        }
        summary(rows);
        if (queries && largestStore != null) {
            printQueries(largestStore, "the " + rows.get(rows.size() - 1).get("size") + "-article store", queryCapSeconds);
        }
    }

    private static void printQueries(Path store, String which, long capSeconds) throws IOException, InterruptedException {
        System.out.println();
        System.out.println("query latency on " + which + " (median and slowest of " + TIMED + " runs after " + WARMUPS
                + " warm-ups; of 3 after 1 for a query whose first run takes over " + SLOW_MS / 1000 + " s; one run when it takes over "
                + SINGLE_MS / 1000 + " s; cancelled after " + capSeconds + " s; whole result written as TSV):");
        Map<String, String> q = child(QUERY_JVM, "child-queries", store.toString(), "" + capSeconds * 1000);
        q.forEach((k2, v2) -> System.out.printf("  %-50s %s%n", k2, v2));
    }

    private static void print(Map<String, String> r) {
        double s = d(r, "seconds") + d(r, "resolve_seconds");
        System.out.printf("%,9d articles: ingest %.1f s (+ resolve %.1f s) | %,.1f articles/s | %,.0f tokens/s | %,.0f triples/s |"
                + " peak RSS %,d MB (anon %,d MB) | store %,d MB | floor %.1f s (%,.0f tokens/s) | ratio %.2f%n",
                (long) d(r, "articles"), d(r, "seconds"), d(r, "resolve_seconds"), d(r, "articles") / s, d(r, "tokens") / s,
                d(r, "triples") / s, (long) d(r, "hwm_kb") / 1024, (long) d(r, "peak_anon_kb") / 1024,
                (long) d(r, "store_kb") / 1024, d(r, "floor_seconds"), d(r, "floor_tokens") / d(r, "floor_seconds"),
                s / d(r, "floor_seconds"));
        double before = d(r, "floor_before_seconds");
        double after = d(r, "floor_after_seconds");
        System.out.printf("           NLP floor before the ingest %.1f s, after it %.1f s (the ratio is against their mean)%s%n", before, after,
                Math.abs(before - after) > 0.1 * Math.min(before, after) ? String.format("; they differ by %.0f %%: the machine's speed"
                        + " changed during the run, and the ratio is uncertain by about as much", 100 * Math.abs(before - after)
                        / Math.min(before, after)) : "");
        System.out.printf("           %,d statements, %,d events, %,d triples, %,d tokens; peak anonymous memory in the first half"
                + " of the ingest %,d MB, in all of it %,d MB%n", (long) d(r, "statements"), (long) d(r, "events"),
                (long) d(r, "triples"), (long) d(r, "tokens"), (long) d(r, "first_half_anon_kb") / 1024, (long) d(r, "peak_anon_kb") / 1024);
        System.out.printf("           peak RSS of the ingest alone %,d MB (anonymous %,d MB; store pages mapped when it returns %,d MB),"
                + " with resolution: %,d MB; heap in use after a full collection when the ingest returns %,d MB%n",
                (long) d(r, "ingest_hwm_kb") / 1024, (long) d(r, "ingest_anon_kb") / 1024, (long) d(r, "ingest_file_kb") / 1024,
                (long) d(r, "hwm_kb") / 1024, (long) d(r, "ingest_live_heap_kb") / 1024);
        System.out.printf("           CPU time: ingest and resolve %.1f s, NLP floor %.1f s (ratio %.2f; start-up and model loading included in both)%n",
                d(r, "cpu_seconds"), d(r, "floor_cpu_seconds"), d(r, "cpu_seconds") / d(r, "floor_cpu_seconds"));
        System.out.printf("           CPU time by stage: NLP %.1f s, extraction %.1f s, RDF mapping %.1f s, store writer %.1f s;"
                + " the rest (reading, garbage collection, compilation, resolution) %.1f s%n", d(r, "cpu_annotate"), d(r, "cpu_extract"),
                d(r, "cpu_map"), d(r, "cpu_store"), d(r, "cpu_seconds") - d(r, "cpu_annotate") - d(r, "cpu_extract") - d(r, "cpu_map") - d(r, "cpu_store"));
        System.out.printf("           JVM: garbage-collection pauses %.1f s (floor %.1f s), JIT compilation %.1f s (floor %.1f s)%n",
                d(r, "gc_pause_seconds"), d(r, "floor_gc_pause_seconds"), d(r, "jit_seconds"), d(r, "floor_jit_seconds"));
        System.out.printf("           wall time: reading, NLP and extraction %.1f s, then writing the indexes %.1f s, then resolution %.1f s%n",
                d(r, "seconds") - d(r, "finish_seconds"), d(r, "finish_seconds"), d(r, "resolve_seconds"));
    }

    private static void summary(List<Map<String, String>> rows) {
        System.out.println();
        System.out.println("targets (this run):");
        for (Map<String, String> r : rows) {
            double s = d(r, "seconds") + d(r, "resolve_seconds");
            System.out.printf("  %,7d: ingest time / NLP floor = %.2f (target <= 1.5); %,.0f tokens/s end to end (target >= 40,000)%n",
                    (long) d(r, "articles"), s / d(r, "floor_seconds"), d(r, "tokens") / s);
        }
        Map<String, String> k10 = rows.stream().filter(r -> r.get("size").equals("10000")).findFirst().orElse(null);
        Map<String, String> k100 = rows.stream().filter(r -> r.get("size").equals("100000")).findFirst().orElse(null);
        if (k10 != null && k100 != null) {
            System.out.printf("  peak RSS 100k / 10k = %.2f (target <= 1.25); anonymous memory only: %.2f%n",
                    d(k100, "hwm_kb") / d(k10, "hwm_kb"), d(k100, "peak_anon_kb") / d(k10, "peak_anon_kb"));
            System.out.printf("  the ingest alone (before resolution): peak RSS 100k / 10k = %.2f; anonymous memory only %.2f;"
                    + " heap in use after a full collection %.2f%n", d(k100, "ingest_hwm_kb") / d(k10, "ingest_hwm_kb"),
                    d(k100, "ingest_anon_kb") / d(k10, "ingest_anon_kb"), d(k100, "ingest_live_heap_kb") / d(k10, "ingest_live_heap_kb"));
        }
    }

    private static Map<String, String> child(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> result = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("RESULT ")) {
                    String[] kv = line.substring(7).split("\t", 2);
                    result.put(kv[0], kv[1]);
                } else {
                    System.out.println("  " + line);
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(args[0] + " failed with exit " + p.exitValue());
        }
        return result;
    }

    private static long du(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("du", "-sk", dir.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double d(Map<String, String> r, String k) {
        String v = r.get(k);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    // ---- children -------------------------------------------------------------------------------

    private static void result(String key, Object value) {
        System.out.println("RESULT " + key + "\t" + value);
    }

    /** The NLP floor: OpenNLP sentence + token + POS alone over the same articles, same threads. */
    private static void floor(Path corpus, int threads) throws Exception {
        SentenceModel sm = new SentenceModel(resource("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
        TokenizerModel tm = new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
        POSModel pm = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        record Tools(SentenceDetectorME s, TokenizerME t, POSTaggerME p) {
        }
        ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sm), new TokenizerME(tm), new POSTaggerME(pm)));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long tokens = 0;
        long articles = 0;
        List<String> chunk = new ArrayList<>();
        try (ArticleReader reader = new ArticleReader(CorpusScanner.scan(List.of(corpus), null))) {
            while (true) {
                boolean more = reader.hasNext();
                if (more && reader.next() instanceof ArticleReader.Read read) {
                    chunk.add(read.article().text());
                }
                if (chunk.size() >= 512 || !more && !chunk.isEmpty()) {
                    List<Future<Long>> futures = new ArrayList<>();
                    for (String text : chunk) {
                        futures.add(pool.submit(() -> {
                            Tools t = tools.get();
                            long n = 0;
                            for (String line : text.split("\n")) {
                                for (Span s : t.s().sentPosDetect(line)) {
                                    String[] words = t.t().tokenize(s.getCoveredText(line).toString());
                                    t.p().tag(words);
                                    n += words.length;
                                }
                            }
                            return n;
                        }));
                    }
                    for (Future<Long> f : futures) {
                        tokens += f.get();
                    }
                    articles += chunk.size();
                    chunk.clear();
                }
                if (!more) {
                    break;
                }
            }
        }
        pool.shutdown();
        result("seconds", (System.nanoTime() - start) / 1e9);
        result("cpu_seconds", cpuSeconds());
        resultCollectionAndCompilation();
        result("tokens", tokens);
        result("articles", articles);
    }

    /** A full ingest (as {@code newskg ingest}) into a fresh store, then cross-article resolution. */
    private static void ingest(Path corpus, Path store, int threads, boolean bulk) throws Exception {
        JenaSystem.init();
        long[] peakAnon = {0};
        // Anonymous memory every 200 ms, so that the peak of the run's first half can be set beside
        // the whole run's: memory that streams levels off, memory that accumulates keeps growing.
        List<long[]> anonSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            while (true) {
                long anon = status("RssAnon");
                peakAnon[0] = Math.max(peakAnon[0], anon);
                anonSamples.add(new long[] {System.nanoTime(), anon});
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        NlpModels models = NlpModels.load();
        Extractor extractor = Extractor.standard();
        try (KgStore kg = KgStore.open(store)) {
            // As newskg ingest: its default batch of articles per write transaction.
            Ingester ingester = Ingester.builder(models, extractor).threads(threads).bulk(bulk)
                    .log(line -> System.err.println("newskg: " + line)).build();
            long start = System.nanoTime();
            IngestReport report = ingester.ingest(CorpusScanner.scan(List.of(corpus), null), kg);
            long t = System.nanoTime();
            // The high-water mark so far is the ingest's own (resolution, which reads the whole
            // store, comes next).
            result("ingest_hwm_kb", status("VmHWM"));
            result("ingest_anon_kb", Math.max(peakAnon[0], status("RssAnon")));
            result("ingest_file_kb", status("RssFile"));
            // What the ingest still holds once it is done: the heap in use after a full collection
            // (called here, in the benchmark only). A run that accumulated would leave it growing
            // with the corpus; the heap the collector grew to up to -Xmx says nothing about that.
            result("ingest_live_heap_kb", liveHeapAfterFullCollection() / 1024);
            long half = start + (t - start) / 2;
            synchronized (anonSamples) {
                result("first_half_anon_kb", anonSamples.stream().filter(x -> x[0] <= half).mapToLong(x -> x[1]).max().orElse(0));
            }
            int merges = new ActorResolver().resolve(kg).size();
            double resolve = (System.nanoTime() - t) / 1e9;
            result("articles", report.articles());
            result("statements", report.statements());
            result("events", report.events());
            result("triples", report.triples());
            result("tokens", report.tokens());
            result("seconds", report.elapsed().toNanos() / 1e9);
            result("resolve_seconds", resolve);
            result("cpu_seconds", cpuSeconds());
            resultCollectionAndCompilation();
            result("cpu_annotate", report.cpu().annotate() / 1e9);
            result("cpu_extract", report.cpu().extract() / 1e9);
            result("cpu_map", report.cpu().map() / 1e9);
            result("cpu_store", report.cpu().store() / 1e9);
            result("finish_seconds", report.cpu().finishWall() / 1e9);
            result("merges", merges);
        }
        sampler.interrupt();
        peakAnon[0] = Math.max(peakAnon[0], status("RssAnon"));
        result("hwm_kb", status("VmHWM"));
        result("peak_anon_kb", peakAnon[0]);
    }

    private static final long SLOW_MS = 10_000;
    private static final int WARMUPS = 10;
    private static final int TIMED = 11;

    /** A query whose first run takes longer (a listing of the whole graph) is reported from that one run. */
    private static final long SINGLE_MS = 60_000;

    /** Median latency of every bundled query on a store; a query still running after capMs is cancelled and reported as such. */
    private static void queries(Path store, long capMs) throws Exception {
        JenaSystem.init();
        org.apache.jena.query.ARQ.getContext().set(org.apache.jena.query.ARQ.queryTimeout, capMs);
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        Map<String, String> defaults = Map.of("speaker", "James Smith", "actor", "France");
        for (String name : QueryCatalog.BUNDLED) {
            NamedQuery q = QueryCatalog.bundled(name).orElseThrow();
            Map<String, String> params = new LinkedHashMap<>();
            for (NamedQuery.Parameter p : q.parameters()) {
                if (defaults.containsKey(p.name())) {
                    params.put(p.name(), defaults.get(p.name()));
                }
            }
            StringBuilder label = new StringBuilder(name);
            params.forEach((k, v) -> label.append(" --param ").append(k).append('=').append(v));
            runs.put(label.toString(), params);
        }
        try (KgStore kg = KgStore.openExisting(store)) {
            for (var e : runs.entrySet()) {
                NamedQuery q = QueryCatalog.bundled(e.getKey().split(" ")[0]).orElseThrow();
                // A query is timed as a running server answers it: after WARMUPS runs (the JIT has not
                // compiled ARQ's and TDB2's paths after two or three runs, which then take twice as
                // long), TIMED runs; the first run is reported beside. A query whose first run takes
                // over SLOW_MS gets 1 warm-up and 3 timed runs, one over SINGLE_MS (a listing of the
                // whole graph) that first run alone, so that a 100k-article store is measured in
                // minutes, not hours.
                long[] ms = new long[WARMUPS + TIMED];
                int done = 0;
                int warmups = WARMUPS;
                long rows = 0;
                long t = 0;
                try {
                    for (; done < ms.length; done++) {
                        CountingStream out = new CountingStream();
                        t = System.nanoTime();
                        QueryRunner.run(kg, q, e.getValue(), ResultFormat.TSV, out);
                        ms[done] = (System.nanoTime() - t) / 1_000_000;
                        rows = out.lines - 1;
                        if (done == 0 && ms[0] > SINGLE_MS) {
                            warmups = 0;
                            ms = Arrays.copyOf(ms, 1);
                        } else if (done == 0 && ms[0] > SLOW_MS) {
                            warmups = 1;
                            ms = Arrays.copyOf(ms, 4);
                        }
                    }
                } catch (RuntimeException | OutOfMemoryError ex) {
                    // The query's own structures are garbage once it has failed, so the next one runs.
                    // Jena may report a cancelled hash join as a NullPointerException: the time tells.
                    boolean cancelled = ex instanceof org.apache.jena.query.QueryCancelledException
                            || (System.nanoTime() - t) / 1_000_000 >= capMs;
                    result(e.getKey(), cancelled ? String.format("over %,d s: cancelled", capMs / 1000) : "failed: " + ex);
                    continue;
                }
                long[] timed = Arrays.copyOfRange(ms, warmups, ms.length);
                Arrays.sort(timed);
                result(e.getKey(), timed.length == 1 ? String.format("%,6d ms, one run (%,d rows)", timed[0], rows)
                        : String.format("%,6d ms median of %d, slowest %,d ms (%,d rows; first run %,d ms)", timed[timed.length / 2],
                                timed.length, timed[timed.length - 1], rows, ms[0]));
            }
        }
    }

    private static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    /** CPU time of this whole process so far (all threads, garbage collection and compilation included). */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * Time in garbage-collection pauses (all collectors; G1's concurrent marking not included) and
     * in JIT compilation (the compiler threads' time) so far: the share of "the rest" of the CPU
     * time that the JVM itself takes.
     */
    private static void resultCollectionAndCompilation() {
        long gcMs = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMs += Math.max(0, gc.getCollectionTime());
        }
        result("gc_pause_seconds", gcMs / 1e3);
        var jit = ManagementFactory.getCompilationMXBean();
        result("jit_seconds", jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3 : -1);
    }

    /** Heap in use right after a full collection: the objects the process still reaches. */
    private static long liveHeapAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Bench.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }
}
