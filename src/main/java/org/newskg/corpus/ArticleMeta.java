package org.newskg.corpus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the manifest says about an article. Every field may be unknown; an article missing from
 * the manifest has {@link #UNKNOWN} metadata and its relative dates stay unresolved.
 */
public record ArticleMeta(String title, String publisher, LocalDate published, String url) {

    public static final ArticleMeta UNKNOWN = new ArticleMeta(null, null, null, null);

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
