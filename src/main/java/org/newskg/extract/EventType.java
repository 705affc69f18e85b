package org.newskg.extract;

/** Event classes of the ontology; {@link #OTHER} is a plain nkg:Event. */
public enum EventType {
    ATTACK("Attack"), AIRSTRIKE("Airstrike"), DRONE_STRIKE("DroneStrike"), TALKS("Talks"), MEETING("Meeting"),
    ANNOUNCEMENT("Announcement"), WITHDRAWAL("Withdrawal"), OTHER("Event");

    private final String className;

    EventType(String className) {
        this.className = className;
    }

    /** The local name of the ontology class (nkg:Attack, …, nkg:Event). */
    public String className() {
        return className;
    }

    static EventType fromLexicon(String name) {
        for (EventType t : values()) {
            if (t.className.equals(name)) {
                return t;
            }
        }
        if (name.equals("Other")) {
            return OTHER;
        }
        throw new IllegalArgumentException("unknown event type in event-triggers.tsv: " + name);
    }
}
