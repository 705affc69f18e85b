package org.newskg.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic for resolving under-specified expressions against a publication date. */
final class YearInference {

    private YearInference() {
    }

    /** Whether day-of-month {@code day} exists in {@code month} in some year (Feb 29 does). */
    static boolean possibleDay(java.time.Month month, int day) {
        return day >= 1 && day <= month.maxLength();
    }

    /**
     * The date with the given month and day, in the year (publication year -1, 0 or +1) that puts it
     * closest to the publication date; on a tie the earlier date wins (news mostly reports the past).
     * Returns null when the day does not exist in any of those years.
     */
    static LocalDate closestDay(java.time.Month month, int day, LocalDate publication) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = publication.getYear() - 1; year <= publication.getYear() + 1; year++) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            long distance = Math.abs(ChronoUnit.DAYS.between(publication, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The first date with the given month and day on or after the publication date ("will be held on November 20"). */
    static LocalDate nextDay(java.time.Month month, int day, LocalDate publication) {
        for (int year = publication.getYear(); year <= publication.getYear() + 4; year++) {
            if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isBefore(publication)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The month with that name closest to the publication month (ties: the earlier one). */
    static YearMonth closestMonth(java.time.Month month, LocalDate publication) {
        YearMonth pub = YearMonth.from(publication);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = publication.getYear() - 1; year <= publication.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            long distance = Math.abs(ChronoUnit.MONTHS.between(pub, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "last August": the most recent month with that name strictly before the publication month. */
    static YearMonth lastMonthNamed(java.time.Month month, LocalDate publication) {
        YearMonth candidate = YearMonth.of(publication.getYear(), month);
        return candidate.isBefore(YearMonth.from(publication)) ? candidate : candidate.minusYears(1);
    }

    /** "next August": the first month with that name strictly after the publication month. */
    static YearMonth nextMonthNamed(java.time.Month month, LocalDate publication) {
        YearMonth candidate = YearMonth.of(publication.getYear(), month);
        return candidate.isAfter(YearMonth.from(publication)) ? candidate : candidate.plusYears(1);
    }

    /**
     * A weekday relative to publication: {@code direction} 0 = on or before publication (plain
     * "Tuesday"), -1 = strictly before ("last Tuesday"), +1 = strictly after ("next Tuesday").
     */
    static LocalDate weekday(DayOfWeek day, LocalDate publication, int direction) {
        if (direction < 0) {
            return publication.with(TemporalAdjusters.previous(day));
        }
        if (direction > 0) {
            return publication.with(TemporalAdjusters.next(day));
        }
        return publication.with(TemporalAdjusters.previousOrSame(day));
    }
}
