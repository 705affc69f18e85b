package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * The word lists the extractors rely on, read once from {@code newskg/lexicon/} on the classpath.
 * They are data, not code: each file says in its header which class of news text it serves.
 */
public final class Lexicon {

    private static final String DIR = "/newskg/lexicon/";

    /** A reporting verb: its lemma and how its content is found (see reporting-verbs.tsv). */
    public record ReportingVerb(String lemma, Kind kind) {
        public enum Kind {
            SAY, OBJECT, CLAUSE,
            /** A request or advice ("recommended that …", "urged X to …"): the claim keeps its verb, also before a that-clause. */
            DIRECTIVE
        }

        /** Whether a noun-phrase object is the claim itself, with its verb. */
        public boolean takesObject() {
            return kind == Kind.OBJECT || kind == Kind.DIRECTIVE;
        }
    }

    private final Map<String, ReportingVerb> reportingVerbForms;
    private final Set<String> titles;
    private final Set<String> anonymousHeads;
    private final Set<String> organisationHeads;
    private final Set<String> attributionNouns;
    private final List<String> bodyEndMarkers;
    private final List<String> skipLineMarkers;
    /** Label words of transcripts that mark a question or the host; "none" for line labels (speaker-labels.tsv). */
    private final Map<String, String> speakerLabelWords;
    private final Set<String> personNouns = set("person-nouns.txt");
    private final Set<String> companyDesignators = set("company-designators.txt");
    private final Set<String> stanceAdjectives = set("stance-adjectives.txt");
    private final Map<String, Character> genderWords = genders();
    private final List<String> transcriptHeadlineWords = lines("transcript-headlines.txt").stream()
            .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();

    private Lexicon(Map<String, ReportingVerb> reportingVerbForms, Set<String> titles, Set<String> anonymousHeads,
            Set<String> organisationHeads, Set<String> attributionNouns, List<String> bodyEndMarkers,
            List<String> skipLineMarkers, Map<String, String> speakerLabelWords) {
        this.reportingVerbForms = Map.copyOf(reportingVerbForms);
        this.titles = Set.copyOf(titles);
        this.anonymousHeads = Set.copyOf(anonymousHeads);
        this.organisationHeads = Set.copyOf(organisationHeads);
        this.attributionNouns = Set.copyOf(attributionNouns);
        this.bodyEndMarkers = List.copyOf(bodyEndMarkers);
        this.skipLineMarkers = List.copyOf(skipLineMarkers);
        this.speakerLabelWords = Map.copyOf(speakerLabelWords);
    }

    public static Lexicon load() {
        Map<String, ReportingVerb> verbs = new HashMap<>();
        for (String line : lines("reporting-verbs.tsv")) {
            String[] cols = line.split("\t");
            ReportingVerb verb = new ReportingVerb(cols[0], ReportingVerb.Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)));
            verbs.put(cols[0], verb);
            for (int i = 2; i < cols.length; i++) {
                verbs.put(cols[i], verb);
            }
        }
        List<String> end = new ArrayList<>();
        List<String> skip = new ArrayList<>();
        List<String> current = end;
        for (String line : lines("boilerplate.txt")) {
            if (line.equals("[end]")) {
                current = end;
            } else if (line.equals("[skip]")) {
                current = skip;
            } else {
                current.add(line.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (String line : lines("speaker-labels.tsv")) {
            String[] cols = line.split("\t");
            labels.put(cols[0], cols[1]);
        }
        return new Lexicon(verbs, set("titles.txt"), set("anonymous-heads.txt"), set("organisation-heads.txt"),
                set("attribution-nouns.txt"), end, skip, labels);
    }

    /** The reporting verb of a word form ("said" → say), or null when it is not one. */
    public ReportingVerb reportingVerb(String word) {
        return reportingVerbForms.get(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitleWord(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isAnonymousHead(String word) {
        return anonymousHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isOrganisationHead(String word) {
        return organisationHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isAttributionNoun(String word) {
        return attributionNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    // The same lookups for a token, by its lower-cased text computed once (see Token#lower).

    public ReportingVerb reportingVerb(Token token) {
        return reportingVerbForms.get(token.lower());
    }

    /**
     * 'F' or 'M' for a given name or a gendered word of address or role ("Mary", "Mr.",
     * "spokeswoman"), else 0 (gender-words.tsv).
     */
    public char gender(String word) {
        Character g = genderWords.get(word.toLowerCase(Locale.ROOT));
        return g == null ? 0 : g;
    }

    private static Map<String, Character> genders() {
        Map<String, Character> out = new HashMap<>();
        for (String line : lines("gender-words.tsv")) {
            String[] cols = line.split("\t");
            out.put(cols[0].toLowerCase(Locale.ROOT), cols[1].charAt(0));
        }
        return Map.copyOf(out);
    }

    /** "concerned", "confident": reports a view as "X is concerned that …" (stance-adjectives.txt). */
    public boolean isStanceAdjective(Token token) {
        return stanceAdjectives.contains(token.lower());
    }

    public boolean isTitleWord(Token token) {
        return titles.contains(token.lower());
    }

    public boolean isAnonymousHead(Token token) {
        return anonymousHeads.contains(token.lower());
    }

    public boolean isOrganisationHead(Token token) {
        return organisationHeads.contains(token.lower());
    }

    public boolean isAttributionNoun(Token token) {
        return attributionNouns.contains(token.lower());
    }

    /**
     * What a transcript's speaker label stands for ("QUESTION" a question, "MODERATOR" the host,
     * any other a speaker), or null when the label names no speaker ("NOTE", "UPDATE").
     */
    SpeakerTurns.Role speakerLabelRole(String label) {
        SpeakerTurns.Role role = SpeakerTurns.Role.SPEAKER;
        for (String word : label.toLowerCase(Locale.ROOT).split("[\\s\u00A0]+")) {
            String kind = speakerLabelWords.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
            if ("none".equals(kind)) {
                return null;
            } else if ("question".equals(kind)) {
                role = SpeakerTurns.Role.QUESTION;
            } else if ("host".equals(kind) && role == SpeakerTurns.Role.SPEAKER) {
                role = SpeakerTurns.Role.HOST;
            }
        }
        return role;
    }

    /** Whether the word closes a company's name ("Inc.", "Ltd", "plc"; company-designators.txt). */
    public boolean isCompanyDesignator(String word) {
        return companyDesignators.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether person-nouns.txt lists the word (no guess from its ending). */
    public boolean isListedPersonNoun(String word) {
        return personNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a common noun describes people ("residents", "a witness", "critics"): listed in
     * person-nouns.txt, or ending as nouns of people do (-er, -or, -ist, -ian, -ant, -ent but
     * not -ment), or a title, anonymous or organisation head.
     */
    public boolean isPersonNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (personNouns.contains(w) || titles.contains(w) || anonymousHeads.contains(w) || organisationHeads.contains(w)) {
            return true;
        }
        String singular = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        return singular.length() > 3 && (singular.endsWith("er") || singular.endsWith("or") || singular.endsWith("ist")
                || singular.endsWith("ian") || singular.endsWith("ant") || singular.endsWith("ent") && !singular.endsWith("ment"));
    }

    /** Whether a headline announces a transcript ("Press Briefing", "Remarks by …"). */
    boolean announcesTranscript(String headline) {
        String h = headline.toLowerCase(Locale.ROOT);
        return transcriptHeadlineWords.stream().anyMatch(h::contains);
    }

    /** The kind speaker-labels.tsv gives a label word ("question", "host", "ordinal", "honorific"…), or null. */
    String speakerLabelWord(String word) {
        return speakerLabelWords.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether this text line ends the article body (what follows is teasers or navigation). */
    public boolean endsBody(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        for (String m : bodyEndMarkers) {
            // the marker as the whole line, as its first word(s), or as a label ending in ':'
            if (l.startsWith(m) && (l.length() == m.length() || l.charAt(m.length()) == ' ' || m.endsWith(":"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this text line is page furniture to skip ("CLICK HERE TO READ MORE…"). */
    public boolean isSkippedLine(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        for (String m : skipLineMarkers) {
            if (l.startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> set(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static List<String> lines(String file) {
        return lines(Lexicon.class, DIR + file);
    }

    /** The lines of a bundled text resource, without blank lines and {@code #} comments. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace("\r", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
