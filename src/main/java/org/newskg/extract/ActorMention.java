package org.newskg.extract;

/** A sentence that mentions an actor (used for units and armed groups, which are reported by mention). */
public record ActorMention(String actor, Evidence evidence) {
}
