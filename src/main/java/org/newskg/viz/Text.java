package org.newskg.viz;

/** Escaping for the text formats the writers produce. */
final class Text {

    private Text() {
    }

    /** XML 1.0 character data or attribute value: escapes markup, drops characters XML forbids. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n', '\r', '\t' -> b.append("&#").append(c).append(';');
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** A JSON string literal, quotes included. */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A DOT double-quoted string, quotes included; line breaks become spaces. */
    static String dot(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> {
                    if (c >= 0x20) {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A label short enough to draw; the full text stays in its own attribute. */
    static String shortLabel(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }
}
