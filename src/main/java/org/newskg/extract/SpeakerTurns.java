package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts (briefings, press conferences, interviews as aired) give their speakers as labels
 * at the start of a paragraph: {@code MR. KIRBY:}, {@code SECRETARY CLINTON:}, {@code Q:},
 * {@code QUESTION:}, {@code MODERATOR:}, {@code Q    Why …}. Every paragraph after a label, up to
 * the next label, is that speaker's turn. A text is a transcript when it has at least three
 * labelled paragraphs, or two with different labels, or one under a headline that announces a
 * transcript ("Department Press Briefing", see transcript-headlines.txt): one label-like line
 * ("NOTE: …") in a news story is not.
 *
 * <p>A first-person statement is a transcript of one turn: under a headline "Statement by
 * President Joe Biden on …" every paragraph is the named speaker's; a release written in the
 * first person ("We are deeply concerned …") with no quotation and no speaker named is its
 * publisher's.
 */
final class SpeakerTurns {

    /** What a label says about its turn (see speaker-labels.tsv). */
    enum Role {
        /** A named or described speaker whose words are statements. */
        SPEAKER,
        /** A journalist's question: not a statement of the person asked. */
        QUESTION,
        /** The host, moderator or operator: procedure, hand-offs and narration. */
        HOST,
        /** An organisation speaking in the first person in its own release: the label is its name. */
        PUBLISHER
    }

    /**
     * One paragraph of a turn: the turn's label as written (a continuation paragraph repeats it),
     * where the line starts, and the span of the paragraph's words after any label.
     */
    record Paragraph(String label, Role role, int lineBegin, int begin, int end) {
    }

    /** ALL-CAPS words ending in a colon ("MR. KIRBY:", "SENIOR STATE DEPARTMENT OFFICIAL ONE:"). */
    private static final Pattern CAPS_LABEL = Pattern.compile(
            "([A-Z][A-Z0-9.'\u2019\\-]*(?:[ \u00A0][A-Z0-9][A-Z0-9.'\u2019\\-]*){0,6})[ \u00A0]*:[ \u00A0\t]*");
    /** An honorific and a name ending in a colon ("Mr. Kirby:", "Ms Ahern:"). */
    private static final Pattern HONORIFIC_LABEL = Pattern.compile(
            "((?:Mr|Mrs|Ms|Dr|Miss)\\.?[ \u00A0][A-Z][\\p{L}'\u2019\\-]+(?:[ \u00A0][A-Z][\\p{L}'\u2019\\-]+){0,2})[ \u00A0]*:[ \u00A0\t]*");
    /** A recording played in a broadcast: "(Video Clip of Senator Durbin)", "(Soundbite of X)". */
    private static final Pattern CLIP_LABEL = Pattern.compile(
            "\\((?:\\p{L}+[ \u00A0]){1,3}(?:of|from)[ \u00A0]+(\\p{Lu}[^()]{1,60})\\)[ \u00A0]*");
    /** The question and answer letters of interviews: "Q:", "Q.", "Q    Why …", "A:". */
    private static final Pattern LETTER_LABEL = Pattern.compile("([QA])(?:[:.][ \u00A0\t]*|[ \u00A0\t]{2,})");

    private final List<Paragraph> paragraphs;

    private SpeakerTurns(List<Paragraph> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** "Statement by NSC Spokesperson Caitlin Hayden on the Attack in Nairobi": the speaker. */
    private static final Pattern STATEMENT_HEADLINE = Pattern.compile(
            "(?i)(?:joint\\s+)?(?:press\\s+)?statement\\s+(?:by|from)\\s+(?-i)(\\p{Lu}.+?)"
            + "(?:\\s+(?i:on|regarding|about|following|after|marking|upon|at|in|for|to|as)\\s+.*)?");
    /** First-person words of a release ("we", "our", "I", "my"). */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\\b");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\u201C\u201D\"]");

    /** The turns of a transcript or first-person statement; none when the text is neither. */
    static SpeakerTurns of(String text, String publisher, Lexicon lexicon) {
        SpeakerTurns labelled = labelled(text, lexicon);
        if (labelled.isTranscript()) {
            return labelled;
        }
        String headline = firstLine(text);
        Matcher m = STATEMENT_HEADLINE.matcher(headline.strip());
        if (m.matches() && FIRST_PERSON.matcher(text).find()) {
            return oneTurn(text, m.group(1).strip(), Role.SPEAKER);
        }
        if (publisher != null && !publisher.isBlank() && isFirstPersonRelease(text)) {
            return oneTurn(text, publisher.replaceAll("\\s*\\(.*", "").strip(), Role.PUBLISHER);
        }
        return labelled;
    }

    /** Every paragraph after the headline as one turn. */
    private static SpeakerTurns oneTurn(String text, String label, Role role) {
        List<Paragraph> out = new ArrayList<>();
        int bodyStart = text.indexOf('\n', text.indexOf(firstLine(text)));
        for (int[] line : bodyStart < 0 ? List.<int[]>of() : lines(text, bodyStart + 1)) {
            out.add(new Paragraph(label, role, line[0], line[0], line[1]));
        }
        return new SpeakerTurns(out);
    }

    /** The text's non-blank lines from {@code start} on, as spans without surrounding whitespace. */
    private static List<int[]> lines(String text, int start) {
        List<int[]> out = new ArrayList<>();
        int lineStart = start;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int from = lineStart;
            while (from < lineEnd && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = lineEnd;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                out.add(new int[] {from, to});
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** No quotation, and the first person in most paragraphs of the body. */
    private static boolean isFirstPersonRelease(String text) {
        if (QUOTE_MARK.matcher(text).find()) {
            return false;
        }
        String[] lines = text.substring(firstLine(text).length()).strip().split("\\n+");
        int paragraphs = 0;
        int firstPerson = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            paragraphs++;
            if (FIRST_PERSON.matcher(line).find()) {
                firstPerson++;
            }
        }
        return paragraphs > 0 && firstPerson * 2 >= paragraphs && FIRST_PERSON.matcher(lines[0]).find();
    }

    private static SpeakerTurns labelled(String text, Lexicon lexicon) {
        List<Paragraph> out = new ArrayList<>();
        int labelled = 0;
        java.util.Set<String> labels = new java.util.HashSet<>();
        Paragraph current = null;
        for (int[] line : lines(text, 0)) {
            int from = line[0];
            int to = line[1];
            Matcher m = label(text, from, to);
            Role role = m == null ? null : lexicon.speakerLabelRole(m.group(1));
            if (role != null) {
                String label = m.group(1).strip();
                current = new Paragraph(label, role, from, m.end(), to);
                labelled++;
                labels.add(label);
                out.add(current);
            } else if (current != null) {
                Matcher clip = CLIP_LABEL.matcher(text).region(from, to);
                Role clipRole = clip.lookingAt() && clip.end() < to ? lexicon.speakerLabelRole(clip.group(1)) : null;
                // "(Video Clip of Senator Durbin) Washington is …": one paragraph of someone else's words
                out.add(clipRole != null ? new Paragraph(clip.group(1).strip(), clipRole, from, clip.end(), to)
                        : new Paragraph(current.label(), current.role(), from, from, to));
            }
        }
        boolean transcript = labelled >= 3 || labelled == 2 && labels.size() == 2
                || labelled == 1 && lexicon.announcesTranscript(firstLine(text));
        if (!transcript) {
            return new SpeakerTurns(List.of());
        }
        java.util.Set<String> journalists = new java.util.HashSet<>();
        for (String label : labels) {
            if (lexicon.speakerLabelRole(label) == Role.SPEAKER && introducedAsJournalist(text, label, lexicon)) {
                journalists.add(label);
            }
        }
        return new SpeakerTurns(out.stream().map(p -> journalists.contains(p.label())
                ? new Paragraph(p.label(), Role.HOST, p.lineBegin(), p.begin(), p.end()) : p).toList());
    }

    /**
     * "MS AHERN:" of an interview whose text introduces "our political reporter Mary Ann Ahern":
     * the label's surname follows a journalist's word (a question or host word of
     * speaker-labels.tsv) within a few capitalised words.
     */
    private static boolean introducedAsJournalist(String text, String label, Lexicon lexicon) {
        String[] words = label.split("[\\s\u00A0]+");
        String surname = words[words.length - 1].replaceAll("[.:]", "");
        if (surname.length() < 3) {
            return false;
        }
        Matcher m = Pattern.compile("\\b(\\p{L}+)\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3}(?iu:" + Pattern.quote(surname) + ")\\b")
                .matcher(text);
        while (m.find()) {
            String kind = lexicon.speakerLabelWord(m.group(1));
            if ("question".equals(kind) || "host".equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        String t = text.stripLeading();
        int end = t.indexOf('\n');
        return end < 0 ? t : t.substring(0, end);
    }

    private static Matcher label(String text, int from, int to) {
        for (Pattern p : List.of(CAPS_LABEL, HONORIFIC_LABEL, LETTER_LABEL)) {
            Matcher m = p.matcher(text).region(from, to);
            m.useTransparentBounds(false).useAnchoringBounds(true);
            if (m.lookingAt() && m.end() < to && hasLetters(m.group(1))) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasLetters(String label) {
        return label.chars().anyMatch(Character::isLetter);
    }

    boolean isTranscript() {
        return !paragraphs.isEmpty();
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The paragraph that holds an offset, or null when it is outside every turn. */
    Paragraph at(int offset) {
        for (Paragraph p : paragraphs) {
            if (offset >= p.lineBegin() && offset < p.end()) {
                return p;
            }
        }
        return null;
    }
}
