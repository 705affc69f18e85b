package org.newskg.corpus;

import java.util.Objects;

/**
 * One news article: its id (the file name without extension), its full text (UTF-8, line ends
 * normalised to {@code \n}) and its manifest metadata. Character offsets everywhere in newskg
 * refer to {@link #text()}.
 */
public record Article(String id, String text, ArticleMeta meta) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        meta = meta == null ? ArticleMeta.UNKNOWN : meta;
    }
}
