package org.newskg.nlp;

/**
 * One token with its character offsets in the article text (end exclusive) and its UD POS tag
 * ({@code PROPN}, {@code VERB}, …). {@code lemma} is filled only for verbs (see {@link Annotator}).
 */
public record Token(String text, int begin, int end, String pos, String lemma) {

    public boolean isPos(String tag) {
        return pos.equals(tag);
    }

    /** The lemma where one was computed, else the lower-cased text. */
    public String lemmaOrLower() {
        return lemma != null ? lemma : text.toLowerCase(java.util.Locale.ROOT);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
