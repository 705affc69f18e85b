package org.newskg.time;

import java.time.YearMonth;
import java.util.Objects;

/** A calendar month of a given year. */
public record Month(YearMonth month) implements TimeValue {

    public Month {
        Objects.requireNonNull(month, "month");
    }

    @Override
    public String iso() {
        return month.toString();
    }
}
