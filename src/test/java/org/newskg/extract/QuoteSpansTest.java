package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link QuoteSpans#of}: spans are checked through the text they cover, marks included. */
class QuoteSpansTest {

    private static List<String> quotes(String text) {
        return QuoteSpans.of(text).all().stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void curlyPairsGiveOneSpanEachWithMarks() {
        String text = "\u201CWe will leave,\u201D he said. \u201CIt is time.\u201D";

        assertEquals(List.of("\u201CWe will leave,\u201D", "\u201CIt is time.\u201D"), quotes(text));
        assertEquals(new QuoteSpans.Span(0, 16), QuoteSpans.of(text).all().get(0));
    }

    @Test
    void straightPairsGiveOneSpanEach() {
        String text = "He said \"no\" and then \"yes, maybe\" to reporters.";
        assertEquals(List.of("\"no\"", "\"yes, maybe\""), quotes(text));
    }

    @Test
    void curlyApostrophesAreNotQuoteMarks() {
        String text = "\u201CWe\u2019re not leaving,\u201D Iraq\u2019s \u2018premier\u2019 said.";
        assertEquals(List.of("\u201CWe\u2019re not leaving,\u201D"), quotes(text));
    }

    @Test
    void quoteOverSeveralSentencesIsOneSpan() {
        String text = "Ryder said: \u201CWe struck. We will strike again. Nobody should doubt it.\u201D Then he left.";
        assertEquals(List.of("\u201CWe struck. We will strike again. Nobody should doubt it.\u201D"), quotes(text));
    }

    @Test
    void secondOpeningMarkClosesAnUnclosedQuote() {
        String text = "\u201CLet me be clear. \u201CThis is over,\u201D he said.";

        assertEquals(List.of("\u201CLet me be clear.", "\u201CThis is over,\u201D"), quotes(text));
    }

    @Test
    void unclosedQuoteEndsAtEndOfParagraphWithoutTrailingSpace() {
        String text = "He said \u201Cwe will stay   \nThe next paragraph is narration.";

        assertEquals(List.of("\u201Cwe will stay"), quotes(text));
    }

    @Test
    void unclosedQuoteContinuesWhenNextParagraphOpensAQuote() {
        String text = "\u201CFirst paragraph of the quote.\n\u201CSecond paragraph,\u201D he said.";

        assertEquals(List.of("\u201CFirst paragraph of the quote.", "\u201CSecond paragraph,\u201D"), quotes(text));
    }

    @Test
    void unclosedQuoteAtEndOfTextRunsToTheEnd() {
        String text = "He said \u201Cthis is the end.\n";
        assertEquals(List.of("\u201Cthis is the end."), quotes(text));
    }

    @Test
    void unpairedStraightQuoteEndsAtParagraphEnd() {
        String text = "He said \"we will stay\nThen \"this\" was said.";
        assertEquals(List.of("\"we will stay", "\"this\""), quotes(text));
    }

    @Test
    void straightQuoteRunsOnWhenTheNextParagraphClosesIt() {
        String text = "He said, \"It went well.\n\nWe could have won.\" After the match, she said, \"We lost.\"";
        assertEquals(List.of("\"It went well.\n\nWe could have won.\"", "\"We lost.\""), quotes(text));
    }

    @Test
    void curlyQuoteRunsOnWhenTheNextParagraphClosesIt() {
        String text = "He said, \u201CIt went well.\n\nWe could have won.\u201D After the match, she said, \u201CWe lost.\u201D";
        assertEquals(List.of("\u201CIt went well.\n\nWe could have won.\u201D", "\u201CWe lost.\u201D"), quotes(text));
    }

    @Test
    void closingMarkWithoutOpeningIsIgnored() {
        String text = "stay,\u201D he said. \u201CGo.\u201D";
        assertEquals(List.of("\u201CGo.\u201D"), quotes(text));
    }

    @Test
    void spansAreSortedByBegin() {
        String text = "\"A\" \u201CB \"inner\" still B\u201D";
        List<QuoteSpans.Span> all = QuoteSpans.of(text).all();

        assertEquals(3, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).begin() <= all.get(i).begin(), () -> "not sorted: " + all);
        }
        assertEquals(List.of("\"A\"", "\u201CB \"inner\" still B\u201D", "\"inner\""), quotes(text));
    }

    @Test
    void noQuotesGivesNoSpans() {
        assertTrue(QuoteSpans.of("The Pentagon said it would withdraw.").all().isEmpty());
        assertTrue(QuoteSpans.of("").all().isEmpty());
    }

    @Test
    void atFindsTheQuoteContainingAnOffset() {
        String text = "He said \u201Cno\u201D today.";
        QuoteSpans q = QuoteSpans.of(text);
        int open = text.indexOf('\u201C');
        int close = text.indexOf('\u201D');

        assertNull(q.at(open - 1));
        assertEquals(new QuoteSpans.Span(open, close + 1), q.at(open));
        assertEquals(new QuoteSpans.Span(open, close + 1), q.at(text.indexOf("no")));
        assertEquals(new QuoteSpans.Span(open, close + 1), q.at(close));
        assertNull(q.at(close + 1), "end is exclusive");
        assertNull(q.at(text.length() + 5));
    }

    @Test
    void straightQuoteRunsIntoTheNextParagraphThatClosesItWithoutOpeningMark() {
        // the continuation paragraph lacks its opening mark; its first mark, glued to "early.", closes
        String text = "He said, \"It felt good.\n\nWe could have scored early.\" After the match, Lund said, \"We tried.\"";
        assertEquals(List.of("\"It felt good.\n\nWe could have scored early.\"", "\"We tried.\""), quotes(text));
    }

    @Test
    void straightQuoteLeftOpenEndsWithItsParagraphWhenTheNextOnlyOpensOne() {
        // the next paragraph's single mark follows a space: it opens a new quote, it does not close the old one
        String text = "Berg added, \"There is no question.\n\nIn a statement, Dana Kim said, \"The museum worked hard.";
        assertEquals(List.of("\"There is no question.", "\"The museum worked hard."), quotes(text));
    }

    @Test
    void spanContainsAndOverlaps() {
        QuoteSpans.Span s = new QuoteSpans.Span(10, 20);

        assertTrue(s.contains(10));
        assertTrue(s.contains(19));
        assertFalse(s.contains(20));
        assertFalse(s.contains(9));
        assertTrue(s.overlaps(5, 11));
        assertTrue(s.overlaps(19, 30));
        assertTrue(s.overlaps(12, 15));
        assertFalse(s.overlaps(20, 25));
        assertFalse(s.overlaps(0, 10));
    }
}
