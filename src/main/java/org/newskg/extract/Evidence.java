package org.newskg.extract;

/**
 * Where a fact was read: the sentence (index and text) and its character span in the article
 * text (end exclusive). A fact spanning several sentences (a long quote) keeps the span of all of
 * them and the index of the first.
 */
public record Evidence(int sentenceIndex, int begin, int end, String sentence) {
}
