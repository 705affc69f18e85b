package org.newskg.time;

/** How the reported event relates to the time value of an expression. */
public enum Relation {
    /** The event happened at that time ("on Tuesday", "in August 2023"). */
    AT,
    /** The time is the start of a span that lasts until publication ("since 2014"). */
    SINCE,
    /**
     * An imprecise period ("in recent weeks", "this week", "recently"): the value is null, except for
     * a season, whose value is its span of months ({@link Season}: "last summer").
     */
    VAGUE
}
