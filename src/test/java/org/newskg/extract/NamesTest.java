package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Names}: the normalisation behind actor keys and surname matching. */
class NamesTest {

    @Test
    void wordsAreLowerCaseWithoutAccents() {
        assertEquals(List.of("jose", "manuel", "barroso"), Names.words("José Manuel Barroso"));
        assertEquals(List.of("recep", "tayyip", "erdogan"), Names.words("Recep Tayyip Erdoğan"));
        assertEquals(List.of("francois", "hollande"), Names.words("FRANÇOIS Hollande"));
    }

    @Test
    void apostrophesAreDroppedAndHyphensSplit() {
        assertEquals(List.of("mohammed", "shia", "al", "sudani"), Names.words("Mohammed Shia\u2019 Al-Sudani"));
        assertEquals(List.of("oneill"), Names.words("O'Neill"));
        assertEquals(List.of("oneill"), Names.words("O\u2019Neill"));
        assertEquals(List.of("jean", "luc"), Names.words("Jean\u2011Luc"));
        assertEquals(List.of("jean", "luc"), Names.words("Jean\u2013Luc"));
    }

    @Test
    void periodsAndPunctuationAreDropped() {
        assertEquals(List.of("maj", "gen", "pat", "ryder"), Names.words("Maj. Gen. Pat Ryder"));
        assertEquals(List.of("us", "army"), Names.words("U.S. Army"));
        assertEquals(List.of("hamas", "gaza"), Names.words("Hamas (Gaza)"));
        assertEquals(List.of("pat", "ryder"), Names.words("  Pat\u00A0\tRyder  "));
    }

    @Test
    void nothingLeftGivesNoWords() {
        assertEquals(List.of(), Names.words(""));
        assertEquals(List.of(), Names.words(" \u2019 - . "));
    }

    @Test
    void slugIsReadableAndIriSafe() {
        assertEquals("mohammed-shia-al-sudani", Names.slug("Mohammed Shia\u2019 Al-Sudani"));
        assertEquals("pat-ryder", Names.slug("Pat Ryder"));
        assertEquals("a-senior-us-official", Names.slug("a senior U.S. official"));
        assertEquals("scepanovic-the-x-2", Names.slug("\u0160\u0107epanovi\u0107 \u201Cthe\u201D <x> & \uD83D\uDE00 #2"));
        assertEquals("\u0111or\u0111e", Names.slug("\u0110or\u0111e"), "letters without a decomposition are kept");
    }

    @Test
    void spellingVariantsGiveTheSameSlug() {
        String slug = Names.slug("Shia\u2019 Al-Sudani");
        assertEquals("shia-al-sudani", slug);
        assertEquals(slug, Names.slug("Shia al Sudani"));
        assertEquals(slug, Names.slug("SHIA AL-SUDANI"));
        assertEquals(slug, Names.slug("Shi'a al\u2011S\u00FAdani"));
    }

    @Test
    void emptySlugIsUnnamed() {
        assertEquals("unnamed", Names.slug(""));
        assertEquals("unnamed", Names.slug("\u201C \u201D"));
    }

    @Test
    void lastWordsAreASurname() {
        assertTrue(Names.isSurnameOf("Ryder", "Pat Ryder"));
        assertTrue(Names.isSurnameOf("Ryder", "Maj. Gen. Pat Ryder"));
        assertTrue(Names.isSurnameOf("al-Sudani", "Mohammed Shia\u2019 Al-Sudani"));
        assertTrue(Names.isSurnameOf("Sudani", "Mohammed Shia al Sudani"));
        assertTrue(Names.isSurnameOf("Erdogan", "Recep Tayyip Erdoğan"));
        assertTrue(Names.isSurnameOf("RYDER", "pat ryder"));
    }

    @Test
    void partOfAWordIsNotASurname() {
        assertFalse(Names.isSurnameOf("Ryder", "Ryderson"));
        assertFalse(Names.isSurnameOf("Ryder", "Pat Ryderson"));
        assertFalse(Names.isSurnameOf("der", "Pat Ryder"));
    }

    @Test
    void firstNameIsNotASurname() {
        assertFalse(Names.isSurnameOf("Pat", "Pat Ryder"));
    }

    @Test
    void equalLengthIsNotASurname() {
        assertFalse(Names.isSurnameOf("Pat Ryder", "Pat Ryder"));
        assertFalse(Names.isSurnameOf("Ryder", "Ryder"));
        assertFalse(Names.isSurnameOf("Shia al Sudani", "Shia\u2019 Al-Sudani"));
    }

    @Test
    void longerOrEmptyIsNotASurname() {
        assertFalse(Names.isSurnameOf("Gen. Pat Ryder", "Pat Ryder"));
        assertFalse(Names.isSurnameOf("", "Pat Ryder"));
        assertFalse(Names.isSurnameOf("\u2019", "Pat Ryder"));
    }

    @Test
    void modifierLetterApostrophesDoNotDistinguishNames() {
        assertEquals(Names.slug("Mohammed Shia’ Al-Sudani"), Names.slug("Mohammed Shia\u02BC al-Sudani"));
        assertEquals(List.of("abd", "al", "aziz"), Names.words("\u02BFAbd al-\u02BBAziz"));
    }
}
