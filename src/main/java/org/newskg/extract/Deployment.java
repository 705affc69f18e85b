package org.newskg.extract;

/**
 * Forces of one actor stationed in a place ("2,500 U.S. troops stationed in Iraq"): the unit's
 * key, the armed forces it is part of, where it is, how strong (with the qualifier: "about",
 * "roughly"), and where it was read.
 */
public record Deployment(String key, String label, String forces, String location, Integer strength, String qualifier,
        Evidence evidence) {
}
