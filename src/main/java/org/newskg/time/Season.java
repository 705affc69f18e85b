package org.newskg.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A season as a span of whole months: "last summer" in an article of January 2024 is
 * 2023-06 … 2023-08. Seasons are the meteorological ones of the northern hemisphere, where most
 * English-language news is written (spring March–May, summer June–August, autumn/fall
 * September–November, winter December–February, a winter spanning two years). A season is a
 * {@link Relation#VAGUE} value: it says when something happened only within three months, and
 * consumers that need a day or a month ignore it; a precise date from elsewhere can refine it
 * when it falls inside ({@link #contains}).
 *
 * @param name  the season as written, lower case ("summer", "fall")
 * @param first the first month of the span
 * @param last  the last month of the span (two months after {@code first})
 */
public record Season(String name, YearMonth first, YearMonth last) implements TimeValue {

    public Season {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a season ends after it begins: " + first + "/" + last);
        }
    }

    /** The season of a given year; a winter starts in the December of that year. */
    public static Season of(String name, int year) {
        String n = name.toLowerCase(Locale.ROOT);
        YearMonth first = YearMonth.of(year, startMonth(n));
        return new Season(n, first, first.plusMonths(2));
    }

    /**
     * A season named relative to the publication date: {@code which} is "last" or "past" (the
     * latest one over before the publication month), "next" (the first one starting after it) or
     * "this" (the one under way at publication, else the one starting in the publication year).
     */
    public static Season relative(String which, String name, LocalDate publication) {
        YearMonth p = YearMonth.from(publication);
        int y = p.getYear();
        return switch (which.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> {
                Season s = of(name, y);
                while (!s.last().isBefore(p)) {
                    s = of(name, s.first().getYear() - 1);
                }
                yield s;
            }
            case "next" -> {
                Season s = of(name, y - 1);
                while (!s.first().isAfter(p)) {
                    s = of(name, s.first().getYear() + 1);
                }
                yield s;
            }
            case "this" -> {
                Season before = of(name, y - 1);
                yield before.contains(p) ? before : of(name, y);
            }
            default -> throw new IllegalArgumentException("not a relative season: " + which);
        };
    }

    /** Whether the month lies in the season. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** ISO-8601 interval of months: {@code 2023-06/2023-08}. */
    @Override
    public String iso() {
        return first + "/" + last;
    }

    private static int startMonth(String name) {
        return switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            case "winter" -> 12;
            default -> throw new IllegalArgumentException("not a season: " + name);
        };
    }
}
