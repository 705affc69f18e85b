package org.newskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Saved news pages: the article text without page furniture, metadata from the page. */
class HtmlArticleTest {

    static final String PAGE = """
            <html><head>
              <title>Flood barriers hold | Example News</title>
              <meta property="og:title" content="Flood barriers held overnight, mayor says">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-03-14T08:30:00Z">
              <link rel="canonical" href="https://news.example/flood">
              <script>var x = "script text";</script><style>p { color: red }</style>
            </head><body>
              <header><a href="/">Home</a> <a href="/world">World</a></header>
              <nav><ul><li><a href="/a">Menu item</a></li></ul></nav>
              <article>
                <header><h1>Flood barriers held overnight</h1><p class="byline">By A. Writer</p></header>
                <p>The mayor said on Wednesday that the flood   barriers held overnight.</p>
                <p>&ldquo;We were lucky,&rdquo; the engineer said, pointing at <a href="/map">the map</a>.</p>
                <blockquote><p>Quoted paragraph.</p></blockquote>
                <ul class="related"><li><a href="/b">Related story</a></li></ul>
                <footer>Copyright Example News</footer>
              </article>
              <aside>Most read</aside>
              <footer><p>Contact us</p></footer>
            </body></html>
            """;

    private static Article parse(String html, ArticleMeta manifest) throws BadInputException {
        return HtmlArticle.parse(html.getBytes(StandardCharsets.UTF_8), "flood", "file:///tmp/flood.html", manifest);
    }

    @Test
    void articleTextIsTheArticleBodyOneBlockPerLine() throws BadInputException {
        Article a = parse(PAGE, null);
        assertEquals("""
                Flood barriers held overnight
                By A. Writer
                The mayor said on Wednesday that the flood barriers held overnight.
                “We were lucky,” the engineer said, pointing at the map.
                Quoted paragraph.
                """, a.text());
    }

    @Test
    void metadataComesFromThePage() throws BadInputException {
        ArticleMeta m = parse(PAGE, null).meta();
        assertEquals("Flood barriers held overnight, mayor says", m.title());
        assertEquals("Example News", m.publisher());
        assertEquals(LocalDate.of(2024, 3, 14), m.published());
        assertEquals("https://news.example/flood", m.url());
    }

    @Test
    void theManifestWinsOverThePage() throws BadInputException {
        ArticleMeta m = parse(PAGE, new ArticleMeta("Manifest title", null, LocalDate.of(2024, 3, 15), null)).meta();
        assertEquals("Manifest title", m.title());
        assertEquals("Example News", m.publisher());
        assertEquals(LocalDate.of(2024, 3, 15), m.published());
    }

    @Test
    void pageWithoutArticleElementUsesItsBodyAndTitle() throws BadInputException {
        Article a = parse("<html><head><title>Plain</title></head><body><nav>Menu</nav><p>One.</p><p>Two.</p></body></html>", null);
        assertEquals("One.\nTwo.\n", a.text());
        assertEquals("Plain", a.meta().title());
        assertNull(a.meta().published());
    }

    @Test
    void pageWithoutTextIsABadInput() {
        assertThrows(BadInputException.class, () -> parse("<html><body><nav>Menu</nav><script>x()</script></body></html>", null));
    }
}
