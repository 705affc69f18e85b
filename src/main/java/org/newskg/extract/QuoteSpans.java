package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct-quote spans of a text, quote marks included, possibly over several sentences. Curly
 * quotes pair by direction; a second opening mark before any closing one ends the first quote
 * there (scraped news often drops a closing mark: “Let me be clear. “This is …,”). Straight
 * double quotes pair in turn. A quote open at the end of a paragraph ends there, unless the next
 * paragraph closes it before opening another: then it runs on into that paragraph.
 */
public final class QuoteSpans {

    /** One quote: character span in the text, marks included (end exclusive). */
    public record Span(int begin, int end) {
        public boolean contains(int offset) {
            return offset >= begin && offset < end;
        }

        public boolean overlaps(int from, int to) {
            return from < end && to > begin;
        }
    }

    private final List<Span> spans;

    private QuoteSpans(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    public List<Span> all() {
        return spans;
    }

    /** The quote containing this offset, or null. */
    public Span at(int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }

    public static QuoteSpans of(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int straightOpen = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                if (open >= 0) {
                    out.add(new Span(open, trimEnd(text, open, i)));
                }
                open = i;
            } else if (c == '\u201D') {
                if (open >= 0) {
                    out.add(new Span(open, i + 1));
                    open = -1;
                }
            } else if (c == '"') {
                if (straightOpen < 0) {
                    straightOpen = i;
                } else {
                    out.add(new Span(straightOpen, i + 1));
                    straightOpen = -1;
                }
            } else if (c == '\n' && i + 1 < text.length()) {
                // A quote running to the end of a paragraph ends there, unless the next paragraph
                // closes it before opening another ("… out there.¶We could have won.” After …").
                if (straightOpen >= 0 && !closesFirst(text, i + 1, '"', '"')) {
                    out.add(new Span(straightOpen, trimEnd(text, straightOpen, i)));
                    straightOpen = -1;
                }
                if (open >= 0 && nextNonSpace(text, i + 1) != '\u201C' && !closesFirst(text, i + 1, '\u201D', '\u201C')) {
                    out.add(new Span(open, trimEnd(text, open, i)));
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            out.add(new Span(open, trimEnd(text, open, text.length())));
        }
        if (straightOpen >= 0) {
            out.add(new Span(straightOpen, trimEnd(text, straightOpen, text.length())));
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new QuoteSpans(out);
    }

    /**
     * Whether the paragraph starting at {@code from} closes an open quote before it opens one: its
     * first curly mark is a closing one, or (straight marks, {@code close == open}) it holds an odd
     * number of them.
     */
    private static boolean closesFirst(String text, int from, char close, char open) {
        int end = text.indexOf('\n', from);
        if (end == from) {
            end = text.indexOf('\n', from + 1); // a blank line between paragraphs
        }
        int lineEnd = end < 0 ? text.length() : end;
        int start = from;
        while (start < lineEnd && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (close == open) {
            int n = 0;
            int first = -1;
            for (int k = start; k < lineEnd; k++) {
                if (text.charAt(k) == close) {
                    n++;
                    first = first < 0 ? k : first;
                }
            }
            // the first mark glued to the word before it closes ("… early." After …); one after a space
            // opens ("… said, "The …"); otherwise an odd number of marks closes the open quote
            if (start >= lineEnd || text.charAt(start) == close || first < 0) {
                return false;
            }
            if (Character.isWhitespace(text.charAt(first - 1))) {
                return false;
            }
            return closesWord(text, first) || n % 2 == 1;
        }
        for (int k = start; k < lineEnd; k++) {
            if (text.charAt(k) == close) {
                return true;
            }
            if (text.charAt(k) == open) {
                return false;
            }
        }
        return false;
    }

    /** A straight mark right after a word or its punctuation and before a space or the end: a closing one. */
    private static boolean closesWord(String text, int k) {
        char before = text.charAt(k - 1);
        char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
        return !Character.isWhitespace(before) && before != '(' && before != '[' && (Character.isWhitespace(after) || after == ',' || after == '.');
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
