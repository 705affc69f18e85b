package org.newskg.extract;

/** The kinds of actor the ontology knows (nkg:Person, nkg:Organization, …). */
public enum ActorType {
    PERSON, ORGANIZATION, NEWS_OUTLET, COUNTRY, ARMED_GROUP, MILITARY_UNIT;

    /** The gazetteer's spelling of this type ("Country", "NewsOutlet", …). */
    public static ActorType fromGazetteer(String name) {
        return switch (name) {
            case "Country" -> COUNTRY;
            case "Organization" -> ORGANIZATION;
            case "NewsOutlet" -> NEWS_OUTLET;
            case "ArmedGroup" -> ARMED_GROUP;
            case "MilitaryUnit" -> MILITARY_UNIT;
            case "Person" -> PERSON;
            default -> throw new IllegalArgumentException("unknown actor type in gazetteer: " + name);
        };
    }
}
