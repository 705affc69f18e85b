package org.newskg.eval;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the military-units query as scored: document, unit label, kind, strength (a
 * number or ""), location label (or ""), the evidence sentence and the linked figures
 * ({@code linked_strength}: "2500 (doc, doc); 3000 (doc)", or "").
 */
public record UnitRow(String document, String unit, String kind, String strength, String location, String evidence,
        String linkedStrength) {

    private static final Pattern FIGURE = Pattern.compile("(?:^|;\\s*)(\\d+(?:\\.\\d+)?)\\s*\\(");

    /** A row without linked figures (a query or store without them). */
    public UnitRow(String document, String unit, String kind, String strength, String location, String evidence) {
        this(document, unit, kind, strength, location, evidence, "");
    }

    /** The distinct figures of {@code linked_strength}, in order. */
    public List<String> linkedFigures() {
        Matcher m = FIGURE.matcher(linkedStrength == null ? "" : linkedStrength);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * The strength the linked view gives: this article's own figure, else the one figure every
     * linked report gives; "" when there is none or the linked reports disagree (never merged).
     */
    public String linkedViewStrength() {
        if (!strength.isBlank()) {
            return strength;
        }
        List<String> figures = linkedFigures();
        return figures.size() == 1 ? figures.get(0) : "";
    }
}
