package org.newskg.time;

import java.time.LocalDate;
import java.util.Objects;

/** A single calendar day. */
public record Day(LocalDate date) implements TimeValue {

    public Day {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public String iso() {
        return date.toString();
    }
}
