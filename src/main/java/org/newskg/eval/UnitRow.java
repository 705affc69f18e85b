package org.newskg.eval;

/**
 * One row of the military-units query as scored: document, unit label, kind, strength (a
 * number or ""), location label (or "") and the evidence sentence.
 */
public record UnitRow(String document, String unit, String kind, String strength, String location, String evidence) {
}
