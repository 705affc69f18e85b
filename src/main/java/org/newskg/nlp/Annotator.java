package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, UD POS tags and verb lemmas for one text. Not thread-safe: one per thread,
 * all sharing one {@link NlpModels}.
 *
 * <p>Each line of the text is a paragraph and is split into sentences on its own, so headlines,
 * datelines and list items (lines without final punctuation) never run into the next sentence.
 * The UD lemmatizer is slow and lower-cases proper nouns, so only verbs are lemmatized: the
 * extractors need lemmas for reporting verbs only.
 */
public final class Annotator {
    private static final java.util.regex.Pattern OPENING_MARKS = java.util.regex.Pattern.compile("^[\u201C\"\u2018'(\\[]+");

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Abbreviations abbreviations;
    private final NlpModels.LemmaCache verbLemmas;
    private static final String[] VERB_TAG = {"VERB"};

    Annotator(NlpModels models) {
        this.abbreviations = models.abbreviations;
        this.verbLemmas = models.verbLemmas;
        this.sentences = new SentenceDetectorME(models.sentence);
        this.tokenizer = new TokenizerME(models.tokenizer);
        this.tagger = new POSTaggerME(models.pos);
        this.lemmatizer = new LemmatizerME(models.lemmatizer);
    }

    public AnnotatedText annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : joinAbbreviationSplits(line, sentences.sentPosDetect(normalise(line)))) {
                    for (int[] piece : bounded(text, lineStart + span.getStart(), lineStart + span.getEnd())) {
                        Sentence s = sentence(text, out.size(), paragraph, piece[0], piece[1]);
                        if (s != null) {
                            out.add(s);
                        }
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(text, out);
    }

    /**
     * The models were trained on straight apostrophes: with curly ones they keep "he’s" or
     * "military’s" as one token. A same-length copy with straight apostrophes is what the models
     * see, so offsets still point into the original text.
     */
    private static String normalise(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Re-joins sentences the detector split after an abbreviation ("Maj. | Gen. Ryder", "Jan. | 10"). */
    private List<Span> joinAbbreviationSplits(String line, Span[] spans) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            if (!joined.isEmpty()) {
                Span last = joined.get(joined.size() - 1);
                String lastText = line.substring(last.getStart(), last.getEnd());
                // "“Gen. | Smith is here,”": the abbreviation may follow an opening quote or bracket.
                String lastWord = OPENING_MARKS.matcher(lastText.substring(lastSpace(lastText) + 1)).replaceFirst("");
                if (abbreviations.joins(lastWord, line.substring(span.getStart(), span.getEnd()))) {
                    joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            joined.add(span);
        }
        return joined;
    }

    /** Index of the last space of any kind (no-break spaces are common in scraped news), or -1. */
    private static int lastSpace(String s) {
        int i = s.length() - 1;
        while (i >= 0 && !Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * Token spans with an abbreviation and its period kept as one token ("Maj" + "." → "Maj."),
     * and a sentence-final period split from a word that is no abbreviation (the model keeps
     * "ISIS." together).
     */
    private List<Span> joinAbbreviationTokens(String sentenceText, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        if (spans.length > 0) {
            Span last = spans[spans.length - 1];
            String word = last.getCoveredText(sentenceText).toString();
            if (word.length() > 1 && word.endsWith(".") && !word.substring(0, word.length() - 1).contains(".")
                    && !abbreviations.contains(word)) {
                spans = java.util.Arrays.copyOf(spans, spans.length + 1);
                spans[spans.length - 2] = new Span(last.getStart(), last.getEnd() - 1);
                spans[spans.length - 1] = new Span(last.getEnd() - 1, last.getEnd());
            }
        }
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            if (i + 1 < spans.length && spans[i + 1].getStart() == s.getEnd()
                    && ".".equals(spans[i + 1].getCoveredText(sentenceText).toString())
                    && abbreviations.contains(s.getCoveredText(sentenceText) + ".")) {
                out.add(new Span(s.getStart(), spans[i + 1].getEnd()));
                i++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Longest "sentence" kept whole, in characters; no real sentence comes near it. */
    public static final int MAX_SENTENCE_CHARS = 2_000;

    /**
     * A detected sentence cut into pieces of at most {@link #MAX_SENTENCE_CHARS} characters, at
     * the last comma, semicolon or space before the limit: text without punctuation (scraped
     * lists, a 200,000-character run-on line) must not make one huge sentence, whose analysis
     * grows faster than its length.
     */
    private static List<int[]> bounded(String text, int begin, int end) {
        List<int[]> pieces = new ArrayList<>();
        int from = begin;
        while (end - from > MAX_SENTENCE_CHARS) {
            int limit = from + MAX_SENTENCE_CHARS;
            int cut = Math.max(text.lastIndexOf(',', limit), text.lastIndexOf(';', limit));
            if (cut <= from + MAX_SENTENCE_CHARS / 2) {
                cut = text.lastIndexOf(' ', limit);
            }
            if (cut <= from) {
                cut = limit - 1;
            }
            pieces.add(new int[] {from, cut + 1});
            from = cut + 1;
        }
        pieces.add(new int[] {from, end});
        return pieces;
    }

    private Sentence sentence(String text, int index, int paragraph, int begin, int end) {
        String sentenceText = text.substring(begin, end);
        List<Span> spanList = joinAbbreviationTokens(sentenceText, tokenizer.tokenizePos(normalise(sentenceText)));
        if (spanList.isEmpty()) {
            return null;
        }
        Span[] spans = spanList.toArray(Span[]::new);
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tagger.tag(Span.spansToStrings(spans, normalise(sentenceText)));
        String[] lemmas = verbLemmas(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], begin + spans[i].getStart(), begin + spans[i].getEnd(), tags[i], lemmas[i]));
        }
        return new Sentence(index, paragraph, begin, end, sentenceText, tokens);
    }

    /**
     * Lemmas of the VERB tokens (null elsewhere). Each verb is lemmatized on its own, so its
     * lemma depends on the word only: it is memoised in {@link NlpModels#verbLemmas}, shared by
     * all threads (the same word gives the same lemma whichever thread computes it first). A verb
     * vocabulary is small, so after a few hundred articles the lemmatizer is hardly called.
     */
    private String[] verbLemmas(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if ("VERB".equals(tags[i])) {
                lemmas[i] = verbLemmas.get(words[i].toLowerCase(java.util.Locale.ROOT), this::lemmatizeVerb);
            }
        }
        return lemmas;
    }

    private String lemmatizeVerb(String word) {
        String lemma = lemmatizer.lemmatize(new String[] {word}, VERB_TAG)[0];
        return lemma == null || lemma.equals("O") ? word : lemma;
    }
}
