package org.newskg.extract;

import java.util.List;

/**
 * One attributed claim: who (actor key), what (content without the attribution clause), how
 * (direct quote or reported speech, and the reporting verb's lemma), when, where it was read,
 * and the outlet it was reported through (actor key, or null). {@code about} lists the keys of
 * known actors the content mentions.
 */
public record Statement(int number, String speaker, String text, Mode mode, String reportingVerb,
        StatementDate date, Evidence evidence, String reportedBy, List<String> about) {

    public enum Mode {
        DIRECT, INDIRECT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Statement {
        about = List.copyOf(about);
    }
}
