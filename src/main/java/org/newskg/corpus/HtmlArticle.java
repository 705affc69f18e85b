package org.newskg.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved news page → an article, with jsoup (a real HTML parser). The text is the page's article
 * body: its {@code <article>} (or {@code [itemprop=articleBody]}, {@code <main>}, else the body)
 * without scripts, styles, navigation, headers, footers, asides, forms and link lists; each
 * heading, paragraph, list item and quote becomes one line. Title, date, publisher and url come
 * from the page's metadata when present ({@code og:title}, {@code article:published_time},
 * {@code og:site_name}, canonical link …); the manifest, when it has the article, wins.
 */
final class HtmlArticle {

    private static final String NOISE = "script, style, noscript, template, nav, footer, aside, form, iframe, svg,"
            + " button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dd, dt, td";

    private HtmlArticle() {
    }

    static Article parse(byte[] bytes, String id, String baseUri, ArticleMeta manifest) throws BadInputException {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        } catch (IOException e) {
            throw new BadInputException("cannot parse HTML: " + e.getMessage());
        }
        ArticleMeta meta = meta(page);
        String text = text(page);
        if (text.isBlank()) {
            throw new BadInputException("no article text in the page");
        }
        if (manifest != null) {
            meta = new ArticleMeta(or(manifest.title(), meta.title()), or(manifest.publisher(), meta.publisher()),
                    manifest.published() != null ? manifest.published() : meta.published(), or(manifest.url(), meta.url()));
        }
        return new Article(id, text, meta);
    }

    static ArticleMeta meta(Document page) {
        String title = first(page, "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        String published = first(page, "meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=date]", "meta[name=dc.date.issued]",
                "meta[name=DC.date.issued]");
        if (published == null) {
            Element time = page.selectFirst("time[datetime][itemprop=datePublished], article time[datetime], time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        String publisher = first(page, "meta[property=og:site_name]", "meta[name=publisher]", "meta[name=application-name]");
        String url = page.select("link[rel=canonical]").attr("abs:href");
        if (url.isBlank()) {
            url = first(page, "meta[property=og:url]");
        }
        return new ArticleMeta(title, publisher, date(published), url == null || url.isBlank() ? null : url);
    }

    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(Document page) {
        Element body = page.body();
        body.select(NOISE).remove();
        // A site header is furniture; an article's own <header> holds its headline.
        body.select("header").stream().filter(h -> h.closest("article") == null).forEach(Element::remove);
        Element root = body.selectFirst("[itemprop=articleBody]");
        if (root == null) {
            root = largest(body.select("article"));
        }
        if (root == null) {
            root = body.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = body;
        }
        List<String> lines = new ArrayList<>();
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !root.select("h1").contains(h1) && !h1.text().isBlank()) {
            lines.add(h1.text().strip());
        }
        for (Element block : root.select(BLOCKS)) {
            if (hasBlockAncestor(block, root) || isLinkList(block)) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            String all = root.text().strip();
            return all;
        }
        return String.join("\n", lines) + "\n";
    }

    private static Element largest(List<Element> candidates) {
        Element best = null;
        for (Element e : candidates) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    private static boolean hasBlockAncestor(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** A block that is mostly links (menus, "related stories" lists) is page furniture. */
    private static boolean isLinkList(Element block) {
        int all = block.text().length();
        if (all == 0) {
            return true;
        }
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked * 2 > all && (block.is("li, td, dd, dt") || linked * 10 > all * 9);
    }

    private static String first(Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
