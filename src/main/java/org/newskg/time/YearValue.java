package org.newskg.time;

import java.time.Year;
import java.util.Objects;

/** A calendar year. */
public record YearValue(Year year) implements TimeValue {

    public YearValue {
        Objects.requireNonNull(year, "year");
    }

    @Override
    public String iso() {
        return year.toString();
    }
}
