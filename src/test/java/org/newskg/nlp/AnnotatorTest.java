package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Annotator} with the real OpenNLP UD models. Expected tokens are written in the DKPro
 * style: {@code [begin,end]Token(POS) (text)}, offsets into the annotated text.
 */
class AnnotatorTest {

    private static NlpModels models;

    @BeforeAll
    static void loadModels() {
        models = NlpModels.load();
    }

    private static AnnotatedText annotate(String text) {
        AnnotatedText a = models.newAnnotator().annotate(text);
        assertEquals(text, a.text());
        assertOffsetsMatch(a);
        return a;
    }

    /** Every sentence and token points at exactly its own text; tokens are ordered and inside their sentence. */
    private static void assertOffsetsMatch(AnnotatedText a) {
        String text = a.text();
        int previousEnd = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            assertEquals(i, s.index(), "sentence indexes count from 0");
            assertTrue(s.begin() >= previousEnd && s.begin() < s.end() && s.end() <= text.length(),
                    () -> "sentence span out of order: " + s);
            assertEquals(text.substring(s.begin(), s.end()), s.text(), "sentence text");
            assertFalse(s.text().contains("\n"), () -> "a sentence never crosses a line: " + s.text());
            assertFalse(s.tokens().isEmpty(), "no empty sentence");
            int tokenEnd = s.begin();
            for (Token t : s.tokens()) {
                assertTrue(t.begin() >= tokenEnd && t.begin() < t.end() && t.end() <= s.end(),
                        () -> "token " + t + " out of order or outside " + s);
                assertEquals(text.substring(t.begin(), t.end()), t.text(), () -> "token text of " + t);
                assertTrue(t.text().codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)),
                        () -> "token contains a space: " + t);
                assertNotNull(t.pos());
                tokenEnd = t.end();
            }
            previousEnd = s.end();
        }
    }

    private static String fixture(Sentence s) {
        return s.tokens().stream()
                .map(t -> String.format("[%3d,%3d]Token(%s) (%s)", t.begin(), t.end(), t.pos(), t.text()))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    private static Token token(AnnotatedText a, String text) {
        return a.sentences().stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + a.sentences()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Pentagon said on Tuesday that troops will stay in Iraq.",
        "He said \u201Che\u2019s fine\u201D and that the U.S. military\u2019s strikes were \u2018necessary.\u2019",
        "Pentagon\u00A0spokesman Pat\u00A0Ryder said on\u00A0Tuesday that\u00A0troops will stay.\u00A0 Officials agreed.",
        "\u00A0  Leading spaces.\u00A0\nTrailing spaces.   \n\n\n  Third paragraph\u2026 \u2014 and more.",
        "WASHINGTON (Reuters) \u2014 \u201CWe\u2019re not leaving,\u201D Maj. Gen. Pat Ryder told reporters on Jan. 10.\n\u201CIt\u2019s time.\u201D",
        "Emoji \uD83D\uDE00 and caf\u00E9 na\u00EFve r\u00E9sum\u00E9 in Baghdad\u2019s Green Zone, al-Sudani said.",
        "Iraq\u2019s PM Mohammed Shia\u2019 al-Sudani said: \"We won't accept it.\"\nNo final punctuation",
        "a\nb\n\nc",
        "\n\nStarts with blank lines.\n",
    })
    void offsetsOfEverySentenceAndTokenMatchTheOriginalText(String text) {
        AnnotatedText a = annotate(text);
        assertFalse(a.sentences().isEmpty());
        assertTrue(a.tokenCount() >= a.sentences().size());
    }

    @Test
    void titlesAndMonthAbbreviationsStayInOneSentenceAndOneToken() {
        String text = "Maj. Gen. Pat Ryder said on Jan. 10 that the strikes would continue.";
        AnnotatedText a = annotate(text);

        assertEquals(1, a.sentences().size(), () -> "sentences: " + a.sentences());
        assertEquals("""
                [  0,  4]Token(PROPN) (Maj.)
                [  5,  9]Token(PROPN) (Gen.)
                [ 10, 13]Token(PROPN) (Pat)
                [ 14, 19]Token(PROPN) (Ryder)
                [ 20, 24]Token(VERB) (said)
                [ 25, 27]Token(ADP) (on)
                [ 28, 32]Token(PROPN) (Jan.)
                [ 33, 35]Token(NUM) (10)
                [ 36, 40]Token(SCONJ) (that)
                [ 41, 44]Token(DET) (the)
                [ 45, 52]Token(NOUN) (strikes)
                [ 53, 58]Token(AUX) (would)
                [ 59, 67]Token(VERB) (continue)
                [ 67, 68]Token(PUNCT) (.)""", fixture(a.sentences().get(0)));
    }

    @Test
    void usAbbreviationWithCurlyPossessiveStaysOneSentence() {
        String text = "The U.S. military\u2019s strikes hit Iraq. He said \u201Che\u2019s fine.\u201D";
        AnnotatedText a = annotate(text);

        assertEquals(List.of("The U.S. military\u2019s strikes hit Iraq.", "He said \u201Che\u2019s fine.\u201D"),
                a.sentences().stream().map(Sentence::text).toList());
        Sentence first = a.sentences().get(0);
        assertEquals("U.S.", first.token(1).text());
        assertEquals(new Token("U.S.", 4, 8, "PROPN", null), first.token(1));
        assertEquals("military\u2019s", first.token(2).text());
    }

    @Test
    void curlyApostropheTextIsAnnotatedLikeStraightApostropheText() {
        String curly = "He\u2019s said they\u2019re leaving; it\u2019s the U.S. Army\u2019s call.";
        String straight = curly.replace('\u2019', '\'');
        Sentence c = annotate(curly).sentences().get(0);
        Sentence s = annotate(straight).sentences().get(0);

        assertEquals(s.size(), c.size());
        for (int i = 0; i < s.size(); i++) {
            Token ct = c.token(i);
            Token st = s.token(i);
            assertEquals(st.begin(), ct.begin());
            assertEquals(st.end(), ct.end());
            assertEquals(st.pos(), ct.pos(), () -> "POS of " + ct);
            assertEquals(st.text().replace('\'', '\u2019'), ct.text(), "the token keeps the original curly apostrophe");
        }
    }

    @Test
    void otherTitleAbbreviationsDoNotEndSentences() {
        AnnotatedText a = annotate("Lt. Col. Smith spoke. Gov. Brown said Dr. Jones left at 3 p.m. on Friday. "
                + "Then Sen. Warren and Brig. Gen. Ali said so.");

        assertEquals(List.of("Lt. Col. Smith spoke.", "Gov. Brown said Dr. Jones left at 3 p.m. on Friday.",
                "Then Sen. Warren and Brig. Gen. Ali said so."),
                a.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of("Lt.", "Col.", "Smith", "spoke", "."), words(a.sentences().get(0)));
        assertTrue(words(a.sentences().get(2)).containsAll(List.of("Sen.", "Brig.", "Gen.")));
    }

    @Test
    void sentenceAfterUsEndingASentenceIsStillSplit() {
        AnnotatedText a = annotate("Officials said on Sept. 5 that the U.S. will leave. The U.N. said no.");

        assertEquals(List.of("Officials said on Sept. 5 that the U.S. will leave.", "The U.N. said no."),
                a.sentences().stream().map(Sentence::text).toList());
        assertEquals("Sept.", a.sentences().get(0).token(3).text());
    }

    @Test
    void everyLineStartsANewSentenceAndParagraph() {
        String text = "WASHINGTON (Reuters)\nThe Pentagon said on Monday it would withdraw. Officials declined to comment.\n\n"
                + "Iraq said it welcomed the move";
        AnnotatedText a = annotate(text);

        assertEquals(List.of("WASHINGTON (Reuters)", "The Pentagon said on Monday it would withdraw.",
                "Officials declined to comment.", "Iraq said it welcomed the move"),
                a.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 1, 1, 2), a.sentences().stream().map(Sentence::paragraph).toList(),
                "blank lines do not count as paragraphs");
        assertEquals(text.indexOf("Iraq"), a.sentences().get(3).begin());
    }

    @Test
    void lineBreakSplitsEvenAfterAnAbbreviation() {
        AnnotatedText a = annotate("Troops came home from the U.S.\nOfficials said on Jan.\n10 troops left");

        assertEquals(List.of("Troops came home from the U.S.", "Officials said on Jan.", "10 troops left"),
                a.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 1, 2), a.sentences().stream().map(Sentence::paragraph).toList());
    }

    @Test
    void noBreakSpacesSeparateTokensAndSentences() {
        String text = "\u00A0Troops\u00A0left\u00A0Iraq.\u00A0 Officials\u00A0said so.";
        AnnotatedText a = annotate(text);

        assertEquals(2, a.sentences().size());
        assertEquals(List.of("Troops", "left", "Iraq", "."), words(a.sentences().get(0)));
        assertEquals(new Token("Troops", 1, 7, "NOUN", null), a.sentences().get(0).token(0));
        assertEquals(List.of("Officials", "said", "so", "."), words(a.sentences().get(1)));
    }

    @Test
    void verbsGetLemmasAndOtherTokensDoNot() {
        AnnotatedText a = annotate("Ryder said the troops had declined, and he told reporters that Iraq welcomed it.");

        assertEquals("say", token(a, "said").lemma());
        assertEquals("decline", token(a, "declined").lemma());
        assertEquals("tell", token(a, "told").lemma());
        assertEquals("welcome", token(a, "welcomed").lemma());
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isPos("VERB")) {
                    assertNotNull(t.lemma(), () -> "verb without lemma: " + t);
                    assertEquals(t.lemma(), t.lemmaOrLower());
                } else {
                    assertNull(t.lemma(), () -> "non-verb with a lemma: " + t);
                    assertEquals(t.text().toLowerCase(java.util.Locale.ROOT), t.lemmaOrLower());
                }
            }
        }
        assertEquals("PROPN", token(a, "Ryder").pos());
        assertNull(token(a, "Ryder").lemma(), "proper nouns are not lemmatised (nor lower-cased)");
    }

    @Test
    void capitalisedVerbIsLemmatisedInLowerCase() {
        AnnotatedText a = annotate("Said the minister: no.\nDenied, he left.");
        a.sentences().stream().flatMap(s -> s.tokens().stream()).filter(t -> t.isPos("VERB"))
                .forEach(t -> assertEquals(t.lemma().toLowerCase(java.util.Locale.ROOT), t.lemma(),
                        () -> "lemma not lower-case: " + t));
        assertEquals("leave", token(a, "left").lemma());
    }

    @Test
    void sentenceSpanReturnsTheTextBetweenTokens() {
        AnnotatedText a = annotate("Intro line\nPentagon spokesman Pat Ryder said so.");
        Sentence s = a.sentences().get(1);

        assertEquals("Pat Ryder", s.span(2, 3));
        assertEquals("Pentagon spokesman Pat Ryder said so.", s.span(0, s.size() - 1));
        assertEquals("", s.span(3, 2));
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), annotate("").sentences());
        assertEquals(List.of(), annotate(" \n\u00A0\n\t\n").sentences());
        assertEquals(0, annotate("\n\n").tokenCount());
    }

    @Test
    void annotationIsDeterministicAcrossAnnotators() {
        String text = "\u201CWe will leave,\u201D he said. \u201CIt is time.\u201D\nMaj. Gen. Pat Ryder agreed.";
        assertEquals(models.newAnnotator().annotate(text), models.newAnnotator().annotate(text));
        Annotator one = models.newAnnotator();
        assertEquals(one.annotate(text), one.annotate(text));
    }

    @Test
    void tokenCountSumsSentenceSizes() {
        AnnotatedText a = annotate("He said it.\nShe denied it.");
        assertEquals(List.of(4, 4), a.sentences().stream().map(Sentence::size).toList());
        assertEquals(8, a.tokenCount());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "\u201CGen. Smith is here,\u201D he said.",
        "The ceasefire ended (Oct. 5) without a deal.",
        "Ryder (Maj. Gen.) said so."})
    void anAbbreviationAfterAnOpeningQuoteOrBracketDoesNotEndTheSentence(String text) {
        org.junit.jupiter.api.Assertions.assertEquals(1, annotate(text).sentences().size(),
                () -> annotate(text).sentences().toString());
    }
}
