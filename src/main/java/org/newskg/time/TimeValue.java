package org.newskg.time;

/** A resolved calendar value of a temporal expression, at day, month or year granularity. */
public sealed interface TimeValue permits Day, Month, YearValue {

    /** ISO-8601 form: {@code 2024-01-25}, {@code 2024-01} or {@code 2024}. */
    String iso();
}
