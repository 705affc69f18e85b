package org.newskg.corpus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the manifest says about an article. Every field may be unknown; an article missing from
 * the manifest has {@link #UNKNOWN} metadata and its relative dates stay unresolved.
 */
public record ArticleMeta(String title, String publisher, LocalDate published, String url) {

    public static final ArticleMeta UNKNOWN = new ArticleMeta(null, null, null, null);

    /** A URL's scheme, once what a browser ignores is gone: C0 controls and spaces around it, tabs and line breaks in it. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern AROUND = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\n\\r]");

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /**
     * Whether the url names a scheme other than http and https ({@code javascript:}, {@code data:},
     * {@code vbscript:}, …) as a browser would read it: no article is published there, and a link
     * to it could run script. An http(s) url, a relative one and none are not.
     */
    public boolean urlHasOtherScheme() {
        if (url == null) {
            return false;
        }
        String read = TABS_AND_BREAKS.matcher(AROUND.matcher(url).replaceAll("")).replaceAll("");
        Matcher scheme = SCHEME.matcher(read);
        return scheme.find() && !scheme.group(1).equalsIgnoreCase("http") && !scheme.group(1).equalsIgnoreCase("https");
    }
}
