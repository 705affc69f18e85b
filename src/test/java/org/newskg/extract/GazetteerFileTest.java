package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structural checks on {@code ontology/gazetteer.tsv}, the known-actor gazetteer, using plain Java
 * only (no dependency on the loader under test elsewhere).
 */
class GazetteerFileTest {

    private static final Path FILE = Path.of("ontology", "gazetteer.tsv");
    private static final String HEADER = "key\ttype\tlabel\taliases\tadjectives\twikidata";
    private static final Set<String> TYPES =
            Set.of("Country", "Organization", "NewsOutlet", "ArmedGroup", "MilitaryUnit");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");

    /** One data row; line is the 1-based line number in the file. */
    private record Row(int line, String key, String type, String label,
                       List<String> aliases, List<String> adjectives, String wikidata) {
    }

    /** File lines, read once; never modified. */
    private static List<String> lines;

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(FILE), "missing " + FILE.toAbsolutePath());
        lines = List.copyOf(Files.readAllLines(FILE, StandardCharsets.UTF_8));
        assertFalse(lines.isEmpty(), "empty gazetteer");
    }

    private static List<String> splitList(String field) {
        List<String> out = new ArrayList<>();
        if (!field.isEmpty()) {
            for (String s : field.split("\\|", -1)) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            assertEquals(6, f.length, "line " + (i + 1) + " has " + f.length + " columns: " + lines.get(i));
            out.add(new Row(i + 1, f[0], f[1], f[2], splitList(f[3]), splitList(f[4]), f[5]));
        }
        return out;
    }

    @Test
    void headerIsExact() {
        assertEquals(HEADER, lines.get(0));
    }

    @Test
    void everyRowHasSixColumnsAndNoStrayWhitespace() {
        for (Row r : rows()) {
            for (String v : List.of(r.key(), r.type(), r.label(), r.wikidata())) {
                assertEquals(v.strip(), v, "line " + r.line() + ": surrounding whitespace in '" + v + "'");
            }
            assertFalse(r.label().isEmpty(), "line " + r.line() + ": empty label");
            for (String s : r.aliases()) {
                assertFalse(s.isBlank() || !s.strip().equals(s), "line " + r.line() + ": bad alias '" + s + "'");
            }
            for (String s : r.adjectives()) {
                assertFalse(s.isBlank() || !s.strip().equals(s), "line " + r.line() + ": bad adjective '" + s + "'");
            }
        }
    }

    @Test
    void typesAreAllowed() {
        for (Row r : rows()) {
            assertTrue(TYPES.contains(r.type()), "line " + r.line() + ": type '" + r.type() + "'");
        }
    }

    @Test
    void keysAreUniqueSlugs() {
        Set<String> seen = new HashSet<>();
        for (Row r : rows()) {
            assertTrue(SLUG.matcher(r.key()).matches(), "line " + r.line() + ": key not a slug: " + r.key());
            assertTrue(seen.add(r.key()), "line " + r.line() + ": duplicate key " + r.key());
        }
    }

    @Test
    void wikidataIdsAreEmptyOrQids() {
        Map<String, String> byQid = new HashMap<>();
        for (Row r : rows()) {
            if (r.wikidata().isEmpty()) {
                continue;
            }
            assertTrue(QID.matcher(r.wikidata()).matches(), "line " + r.line() + ": wikidata " + r.wikidata());
            String prev = byQid.putIfAbsent(r.wikidata(), r.key());
            assertTrue(prev == null, r.wikidata() + " used by both " + prev + " and " + r.key());
        }
    }

    /** A surface form (alias or adjective, case-sensitive) must point at exactly one row. */
    @Test
    void noSurfaceFormSharedByTwoRows() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Row r : rows()) {
            Set<String> forms = new HashSet<>(r.aliases());
            forms.addAll(r.adjectives());
            for (String form : forms) {
                String prev = owner.putIfAbsent(form, r.key());
                if (prev != null) {
                    clashes.add("'" + form + "': " + prev + " / " + r.key());
                }
            }
        }
        assertTrue(clashes.isEmpty(), "shared surface forms:\n" + String.join("\n", clashes));
    }

    @Test
    void noAliasListRepeatsItself() {
        for (Row r : rows()) {
            assertEquals(new HashSet<>(r.aliases()).size(), r.aliases().size(), "line " + r.line() + ": repeated alias");
            assertEquals(new HashSet<>(r.adjectives()).size(), r.adjectives().size(),
                    "line " + r.line() + ": repeated adjective");
        }
    }

    /** "IS" is an English word; it must never be an alias of the Islamic State (or anything else). */
    @Test
    void noEnglishFunctionWordsAsAliases() {
        Set<String> banned = Set.of("IS", "Is", "US.", "AS", "IT", "AN", "ON", "OR", "IN", "TO");
        for (Row r : rows()) {
            for (String a : r.aliases()) {
                assertFalse(banned.contains(a), "line " + r.line() + ": risky alias '" + a + "'");
            }
        }
    }

    @Test
    void countriesAreCompleteAndHaveAdjectives() {
        long countries = 0;
        for (Row r : rows()) {
            if (r.type().equals("Country")) {
                countries++;
                assertFalse(r.adjectives().isEmpty(), "line " + r.line() + ": country without adjective: " + r.key());
                assertFalse(r.aliases().isEmpty(), "line " + r.line() + ": country without alias: " + r.key());
            }
        }
        assertTrue(countries >= 190, "only " + countries + " Country rows");
    }

    @Test
    void wellKnownEntriesArePresent() {
        Map<String, Row> byKey = new HashMap<>();
        rows().forEach(r -> byKey.put(r.key(), r));
        Row us = byKey.get("united-states");
        assertTrue(us != null && us.aliases().contains("U.S.") && us.adjectives().contains("American"));
        assertFalse(us.aliases().contains("Washington"), "no capital-city metonymy");
        assertEquals("Q30", us.wikidata());
        Row dod = byKey.get("us-department-of-defense");
        assertTrue(dod != null && dod.aliases().contains("Pentagon") && dod.aliases().contains("DoD"));
        Row isis = byKey.get("islamic-state");
        assertTrue(isis != null && isis.aliases().contains("ISIS") && !isis.aliases().contains("IS"));
        assertTrue(rows().size() >= 260, "only " + rows().size() + " rows");
    }
}
