package org.newskg.resolve;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides the date of one thing (an agreement) reported by several articles: the most precise
 * date every report allows. A report gives days and months ("2023-08-08", "2023-08"), a period
 * (a season or a year as its first and last month: "last summer" = 2023-06/2023-08), or nothing.
 * The linked date is the most precise of the days and months when each of them contains it (a
 * month contains its days) and every period holds it; a report without a date allows anything.
 * When two reports disagree (two different days, a day outside another report's month, a date
 * outside a period) there is no linked date: the figures stay side by side, never merged. Periods
 * alone give no linked date (they would stay vague).
 */
final class LinkedDates {

    /** What one article says: its days and months (ISO strings), and its period (null when none). */
    record Reported(String article, Set<String> dates, YearMonth notBefore, YearMonth notAfter) {

        Reported {
            dates = Set.copyOf(new TreeSet<>(dates));
        }

        boolean hasPeriod() {
            return notBefore != null && notAfter != null;
        }

        String describe() {
            List<String> parts = new ArrayList<>(new TreeSet<>(dates));
            if (hasPeriod()) {
                parts.add(notBefore + "/" + notAfter + " (period)");
            }
            return article + ": " + (parts.isEmpty() ? "no date" : String.join(", ", parts));
        }
    }

    /** The decision: the linked date (null when none) and the rule that says why. */
    record Decision(String date, String rule) {
    }

    private LinkedDates() {
    }

    /** The decision for reports from two or more articles; null when no report gives a day or month. */
    static Decision decide(List<Reported> reports) {
        TreeSet<String> all = new TreeSet<>();
        reports.forEach(r -> all.addAll(r.dates()));
        if (all.isEmpty()) {
            return null;
        }
        String finest = all.stream().filter(d -> d.length() == 10).findFirst().orElse(all.first());
        String listing = String.join("; ", reports.stream().map(Reported::describe).sorted().toList());
        for (String d : all) {
            if (!finest.startsWith(d)) {
                return new Decision(null, "reports disagree (" + d + " and " + finest + "), each kept with its article — "
                        + listing);
            }
        }
        YearMonth month = YearMonth.parse(finest.substring(0, 7));
        for (Reported r : reports) {
            if (r.hasPeriod() && (month.isBefore(r.notBefore()) || month.isAfter(r.notAfter()))) {
                return new Decision(null, "reports disagree (" + finest + " is outside " + r.notBefore() + "/" + r.notAfter()
                        + "), each kept with its article — " + listing);
            }
        }
        boolean refines = reports.stream().anyMatch(r -> r.hasPeriod() || r.dates().isEmpty()
                || r.dates().stream().anyMatch(d -> d.length() < finest.length()));
        return new Decision(finest, (refines ? "most precise date all " : "date all ") + reports.size()
                + " reports allow — " + listing);
    }
}
