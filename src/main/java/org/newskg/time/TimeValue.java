package org.newskg.time;

/** A resolved calendar value of a temporal expression, at day, month or year granularity, or a season (a span of months). */
public sealed interface TimeValue permits Day, Month, YearValue, Season {

    /** ISO-8601 form: {@code 2024-01-25}, {@code 2024-01}, {@code 2024} or (a season) {@code 2023-06/2023-08}. */
    String iso();
}
