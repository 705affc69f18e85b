package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English UD models (from the {@code opennlp-models-*-en} jars on the classpath),
 * loaded once and shared by every {@link Annotator}. Models are thread-safe; the {@code *ME}
 * tools built from them are not, which is why each thread gets its own {@link Annotator}.
 */
public final class NlpModels {

    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final SentenceModel sentence;
    final TokenizerModel tokenizer;
    final POSModel pos;
    final LemmatizerModel lemmatizer;
    final Abbreviations abbreviations = Abbreviations.load();
    final LemmaCache verbLemmas = new LemmaCache(200_000);

    /**
     * Verb lemmas by lower-cased word, shared by the annotators of all threads. Bounded: once
     * full, new words are lemmatized every time (same result, just not kept).
     */
    static final class LemmaCache {
        private final java.util.concurrent.ConcurrentHashMap<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
        private final int capacity;

        LemmaCache(int capacity) {
            this.capacity = capacity;
        }

        String get(String word, java.util.function.UnaryOperator<String> lemmatize) {
            String lemma = map.get(word);
            if (lemma == null) {
                lemma = lemmatize.apply(word);
                if (map.size() < capacity) {
                    map.putIfAbsent(word, lemma);
                }
            }
            return lemma;
        }
    }

    private NlpModels(SentenceModel sentence, TokenizerModel tokenizer, POSModel pos, LemmatizerModel lemmatizer) {
        this.sentence = sentence;
        this.tokenizer = tokenizer;
        this.pos = pos;
        this.lemmatizer = lemmatizer;
    }

    /** Loads the four models from the classpath (no network). */
    public static NlpModels load() {
        try {
            return new NlpModels(new SentenceModel(open(SENTENCE)), new TokenizerModel(open(TOKENS)),
                    new POSModel(open(POS)), new LemmatizerModel(open(LEMMAS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /** A new annotator for the calling thread. */
    public Annotator newAnnotator() {
        return new Annotator(this);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath");
        }
        return in;
    }
}
