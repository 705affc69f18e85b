package org.newskg.extract;

import java.util.List;

/**
 * One event mention: its class, the words that report it, who did it to whom and where (actor
 * keys, or null), when (the day or month; {@code since} for the start of a counted span: "more
 * than 60 attacks since October 17"), how many (with the qualifier: "more than", "at least") and
 * the casualties the sentence gives. An aggregate ("60 attacks") has a count; a single event
 * does not. {@code evidence} is the clearest mention of the event in its article; {@code mentions}
 * every sentence that mentions it (the clearest included), in text order.
 */
public record Event(int number, EventType type, String trigger, String agent, String target, String place,
        StatementDate date, Integer count, String countQualifier, StatementDate since, Integer killed, Integer injured,
        String victim, Evidence evidence, List<Evidence> mentions) {

    public Event {
        mentions = List.copyOf(mentions);
    }
}
