package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normFoldsCaseQuotesPunctuationAndNoBreakSpaces() {
        assertEquals("kataib hezbollah militia", Text.norm("Kataib\u00a0Hezbollah  “militia”."));
        assertEquals("isis doesn t regrow", Text.norm("ISIS doesn’t regrow"));
        assertEquals("u s iraq", Text.norm("U.S.-Iraq"));
        assertEquals("a b", Text.norm("a\u2028b"));
        assertEquals("", Text.norm(null));
    }

    @Test
    void docidTakesTheLastSegmentWithoutExtension() {
        assertEquals("000_ab", Text.docid("https://w3id.org/newskg/id/article/000_ab"));
        assertEquals("000_ab", Text.docid("corpus/000_ab.txt"));
        assertEquals("000_ab", Text.docid(" x#000_ab/ "));
        assertEquals("000_ab", Text.docid("000_ab"));
    }

    @Test
    void localIsTheLowerCasedLocalName() {
        assertEquals("airstrike", Text.local("https://w3id.org/newskg/ontology#Airstrike"));
        assertEquals("dronestrike", Text.local("nkg:DroneStrike"));
        assertEquals("talks", Text.local("Talks"));
    }

    @Test
    void numbersCompareAsNumbers() {
        assertTrue(Text.sameNumber("60", 60.0));
        assertTrue(Text.sameNumber("60.0", 60.0));
        assertTrue(Text.sameNumber(" 6e1 ", 60.0));
        assertFalse(Text.sameNumber("", 60.0));
        assertFalse(Text.sameNumber("sixty", 60.0));
        assertNull(Text.number("60d")); // Java would read it, Python's float() does not
        assertNull(Text.number("2,500"));
    }

    @Test
    void threeDecimalsRoundLikePython() {
        // Python: "%.3f" % 0.0625 == "0.062", "%.3f" % (3/80) == "0.037"; String.format gives 0.063 and 0.038
        assertEquals("0.062", Text.f3(1.0 / 16));
        assertEquals("0.037", Text.f3(3.0 / 80));
        assertEquals("0.312", Text.f3(5.0 / 16));
        assertEquals("0.714", Text.f3(5.0 / 7));
        assertEquals("1.000", Text.f3(1));
        assertEquals("0.000", Text.f3(0));
    }
}
