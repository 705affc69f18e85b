package org.newskg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text helpers every scorer shares, each mirroring the reference scorers' Python so that the
 * figures agree: {@link #norm} (their {@code norm}), {@link #docid}, {@link #local}, {@link #number}
 * ({@code float()}) and {@link #f3} ({@code "%.3f"}).
 */
final class Text {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Text() {
    }

    /** NFKC, lower case, every mark that is not a letter, digit or _ (quotes, apostrophes, dashes) to a space, spaces collapsed. */
    static String norm(String s) {
        String x = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        x = x.replace('\u2019', '\'').replace('\u2018', '\'');
        x = NON_WORD.matcher(x).replaceAll(" ");
        return SPACES.matcher(x).replaceAll(" ").strip();
    }

    /** An article id from a document cell: the last segment of an IRI or path, without .txt/.html. */
    static String docid(String v) {
        String s = v == null ? "" : v.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String[] parts = s.split("[/#]", -1);
        return parts[parts.length - 1].replaceFirst("\\.(txt|html?)$", "");
    }

    /** The local name of an IRI or prefixed name, lower-cased ("nkg:Airstrike" gives "airstrike"). */
    static String local(String v) {
        String[] parts = (v == null ? "" : v.strip()).split("[/#:]", -1);
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }

    /** A cell read as a number ("60", "60.0", " 6e1 "), or null when it is empty or not a number. */
    static Double number(String v) {
        String s = v == null ? "" : v.strip();
        return NUMBER.matcher(s).matches() ? Double.valueOf(s) : null;
    }

    /** True when both are numbers and equal as numbers. */
    static boolean sameNumber(String cell, Double gold) {
        Double n = number(cell);
        return n != null && gold != null && n.doubleValue() == gold.doubleValue();
    }

    /** {@code a / b}, or 0 when {@code b} is 0. */
    static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    /**
     * Three decimals rounded like Python's {@code "%.3f"} (the exact binary value, ties to even):
     * {@code String.format} rounds 0.0625 up to 0.063 where Python prints 0.062.
     */
    static String f3(double x) {
        return Double.isFinite(x) ? new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString() : String.valueOf(x);
    }

    /** The first 12 characters of an article id, as the reference scorer prints it. */
    static String shortDoc(String doc) {
        return doc.length() > 12 ? doc.substring(0, 12) : doc;
    }

    /** A gold number as written: 2500 rather than 2500.0. */
    static String plain(Double x) {
        return x == null ? "null" : x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf(x.longValue()) : x.toString();
    }

    /** The first {@code n} characters (code points, as Python slices) of {@code s}; "" for null. */
    static String head(String s, int n) {
        String x = s == null ? "" : s;
        return x.codePointCount(0, x.length()) <= n ? x : x.substring(0, x.offsetByCodePoints(0, n));
    }

    /** A string as Python's {@code repr} prints it (quotes chosen as Python does; backslashes and quotes escaped). */
    static String repr(String s) {
        String x = s == null ? "" : s;
        char q = x.indexOf('\'') >= 0 && x.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (char c : x.toCharArray()) {
            if (c == '\\' || c == q) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append(q).toString();
    }
}
