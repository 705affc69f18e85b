package org.newskg.extract;

/** A relation between two actors read in the text ("Iranian-backed militias": backed by Iran). */
public record ActorRelation(String subject, Kind kind, String object) {

    public enum Kind { BACKED_BY, PART_OF, AFFILIATED_WITH, OPERATES_IN }
}
