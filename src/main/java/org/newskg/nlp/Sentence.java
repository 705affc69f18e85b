package org.newskg.nlp;

import java.util.List;

/**
 * One sentence: its index in the article, its character span in the article text (end
 * exclusive), its text and tokens, and the index of the paragraph (text line) it belongs to.
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Article text between two tokens, inclusive (from the first's begin to the last's end). */
    public String span(int fromToken, int toTokenInclusive) {
        if (fromToken > toTokenInclusive) {
            return "";
        }
        return text.substring(tokens.get(fromToken).begin() - begin, tokens.get(toTokenInclusive).end() - begin);
    }
}
