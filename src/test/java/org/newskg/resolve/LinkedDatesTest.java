package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which date the reports of one agreement in several articles allow together. */
class LinkedDatesTest {

    /**
     * Columns: the reports, "; "-separated, each the dates of one article (days or months, " "
     * between them) or a period "YYYY-MM/YYYY-MM" or "-" (no date) | the linked date (empty: none)
     * | how the rule starts.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // a season ("last summer") refined by a month inside it, and by a day inside it
        "2023-06/2023-08; 2023-07                 | 2023-07    | most precise date",
        "2023-06/2023-08; 2023-07-14; 2023-07     | 2023-07-14 | most precise date",
        // a year ("in 2019") refined by a month of it; an article without a date allows anything
        "2019-01/2019-12; 2019-11                 | 2019-11    | most precise date",
        "-; 2021-03-02                            | 2021-03-02 | most precise date",
        // all precise and equal: the date itself
        "2024-02-05; 2024-02-05                   | 2024-02-05 | date all 2 reports allow",
        // disagreements: two days, a day outside another's month, a month outside a season
        "2023-05-03; 2023-06-09                   |            | reports disagree",
        "2023-05; 2023-06-09                      |            | reports disagree",
        "2022-06/2022-08; 2023-07                 |            | reports disagree",
    })
    void decidesTheLinkedDate(String reports, String expected, String rule) {
        LinkedDates.Decision d = LinkedDates.decide(parse(reports));
        assertEquals(expected == null ? null : expected, d.date(), d::rule);
        assertTrue(d.rule().startsWith(rule), d.rule());
    }

    @Test
    void periodsAloneOrNoDatesGiveNoDecision() {
        assertNull(LinkedDates.decide(parse("2023-06/2023-08; 2023-01/2023-12")));
        assertNull(LinkedDates.decide(parse("-; -")));
    }

    @Test
    void theRuleListsWhatEachArticleSays() {
        String rule = LinkedDates.decide(parse("2023-06/2023-08; 2023-07")).rule();
        assertEquals("most precise date all 2 reports allow — a0: 2023-06/2023-08 (period); a1: 2023-07", rule);
    }

    private static List<LinkedDates.Reported> parse(String reports) {
        List<LinkedDates.Reported> out = new ArrayList<>();
        String[] parts = reports.split(";");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.contains("/")) {
                String[] span = p.split("/");
                out.add(new LinkedDates.Reported("a" + i, Set.of(), YearMonth.parse(span[0]), YearMonth.parse(span[1])));
            } else {
                out.add(new LinkedDates.Reported("a" + i, p.equals("-") ? Set.of() : Set.copyOf(Arrays.asList(p.split("\\s+"))),
                        null, null));
            }
        }
        return out;
    }
}
