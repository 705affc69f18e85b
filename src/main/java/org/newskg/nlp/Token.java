package org.newskg.nlp;

import java.util.Locale;

/**
 * One token with its character offsets in the article text (end exclusive) and its UD POS tag
 * ({@code PROPN}, {@code VERB}, …). {@code lemma} is filled only for verbs (see {@link Annotator}).
 * {@code lower} is the text lower-cased ({@link Locale#ROOT}), computed once by the five-argument
 * constructor: the extractors compare lower-cased words all the time.
 */
public record Token(String text, int begin, int end, String pos, String lemma, String lower) {

    public Token(String text, int begin, int end, String pos, String lemma) {
        this(text, begin, end, pos, lemma, text.toLowerCase(Locale.ROOT));
    }

    public boolean isPos(String tag) {
        return pos.equals(tag);
    }

    /** The lemma where one was computed, else the lower-cased text. */
    public String lemmaOrLower() {
        return lemma != null ? lemma : lower;
    }
}
