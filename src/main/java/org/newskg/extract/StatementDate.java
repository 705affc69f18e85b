package org.newskg.extract;

import org.newskg.time.TimeValue;

/**
 * The day (or month) a statement was made, with the rule that gave it and the anchor it was
 * resolved against. {@link #UNKNOWN} when the text does not say: never guessed.
 */
public record StatementDate(TimeValue value, String rule, String anchor) {

    public static final StatementDate UNKNOWN = new StatementDate(null, "unknown", "");

    public boolean known() {
        return value != null;
    }
}
