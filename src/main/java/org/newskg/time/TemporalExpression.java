package org.newskg.time;

/**
 * A temporal expression found in a text.
 *
 * @param begin    offset of the first character in the input text
 * @param end      offset after the last character (exclusive)
 * @param text     {@code input.substring(begin, end)}
 * @param value    the resolved value, or null when it could not be resolved
 * @param relation how the event relates to the value
 * @param rule     short name of the rule that fired, e.g. "explicit-date" or "weekday"
 * @param anchor   what the value was resolved against ("text", "publication 2024-01-25",
 *                 "previous date 2024-01-04"), or "" when the value is null
 */
public record TemporalExpression(int begin, int end, String text, TimeValue value,
                                 Relation relation, String rule, String anchor) {
}
