package org.newskg.extract;

/**
 * Event classes of the ontology ({@code ontology/newskg.ttl}, where each is aligned with the
 * PLOVER/CAMEO category it corresponds to); {@link #OTHER} is a plain nkg:Event.
 */
public enum EventType {
    // political violence and military action
    ATTACK("Attack"), AIRSTRIKE("Airstrike"), DRONE_STRIKE("DroneStrike"), COUP("Coup"), PROTEST("Protest"),
    WITHDRAWAL("Withdrawal"),
    // diplomacy
    TALKS("Talks"), MEETING("Meeting"), CALL("Call"), VISIT("Visit"), SANCTION("Sanction"), RELEASE("Release"),
    ANNOUNCEMENT("Announcement"), DECLARATION("Declaration"), AGREEMENT_SIGNING("AgreementSigning"),
    // legal
    ARREST("Arrest"), TRIAL("Trial"), VERDICT("Verdict"), SENTENCING("Sentencing"), LAWSUIT("Lawsuit"),
    // politics
    ELECTION("Election"), VOTE("Vote"), APPOINTMENT("Appointment"), RESIGNATION("Resignation"), DISMISSAL("Dismissal"),
    // disasters, accidents, health
    DISASTER("Disaster"), ACCIDENT("Accident"), OUTBREAK("Outbreak"),
    // economy
    BANKRUPTCY("Bankruptcy"), ACQUISITION("Acquisition"), LAYOFF("Layoff"), STRIKE("Strike"), LAUNCH("Launch"),
    MARKET_MOVE("MarketMove"),
    // people, culture, sport
    DEATH("Death"), CEREMONY("Ceremony"), COMPETITION("Competition"),
    OTHER("Event");

    private final String className;

    EventType(String className) {
        this.className = className;
    }

    /** The local name of the ontology class (nkg:Attack, …, nkg:Event). */
    public String className() {
        return className;
    }

    /** Whether an event of this class is also one of {@code other} (an airstrike is an attack). */
    boolean isA(EventType other) {
        return this == other
                || other == ATTACK && (this == AIRSTRIKE || this == DRONE_STRIKE)
                || other == AIRSTRIKE && this == DRONE_STRIKE;
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
