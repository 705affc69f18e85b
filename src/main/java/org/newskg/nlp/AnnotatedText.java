package org.newskg.nlp;

import java.util.List;

/** The output of the NLP stage for one text: its sentences, in order. */
public record AnnotatedText(String text, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
