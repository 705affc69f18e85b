package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalTaggerTest {

    private final TemporalTagger tagger = new TemporalTagger();

    /**
     * Columns: sentence | publication date (empty = unknown) | expected expression text (empty = the
     * tagger must find nothing) | expected ISO value (empty = null) | relation | rule.
     * 2024-01-25 is a Thursday.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // weekdays
        "Senators voted on Tuesday to extend the stopgap funding bill.     | 2024-01-25 | Tuesday          | 2024-01-23 | AT | weekday",
        "The mayor said Thursday that the shelters would stay open.        | 2024-01-25 | Thursday         | 2024-01-25 | AT | weekday",
        "Rescue crews reached the village early Wednesday after the levee broke. | 2024-01-25 | early Wednesday | 2024-01-24 | AT | weekday",
        "Talks between the two delegations resumed Thursday morning in Geneva. | 2024-01-25 | Thursday morning | 2024-01-25 | AT | weekday",
        "The verdict was read late Monday in a packed courtroom.           | 2024-01-25 | late Monday      | 2024-01-22 | AT | weekday",
        "As of Monday, 14 hikers remained missing in the range.            | 2024-01-25 | Monday           | 2024-01-22 | AT | weekday",
        "The budget committee will meet again next Tuesday.                | 2024-01-25 | next Tuesday     | 2024-01-30 | AT | weekday",
        "Negotiators for the dockworkers walked out last Thursday.         | 2024-01-25 | last Thursday    | 2024-01-18 | AT | weekday",
        "The rally in the capital was held on Friday.                      | 2024-01-01 | Friday           | 2023-12-29 | AT | weekday",
        "Voters cast ballots Sunday in a tight runoff.                     | 2024-01-28 | Sunday           | 2024-01-28 | AT | weekday",
        // explicit dates, year inferred from publication
        "The central bank cut its key rate on Jan. 10.                     | 2024-01-25 | Jan. 10          | 2024-01-10 | AT | explicit-date-year-inferred",
        "The striker signed his new contract on January 4th.               | 2024-01-25 | January 4th      | 2024-01-04 | AT | explicit-date-year-inferred",
        "The ceasefire collapsed on October 17, officials said.            | 2024-01-24 | October 17       | 2023-10-17 | AT | explicit-date-year-inferred",
        "Primary voters go to the polls on February 5.                     | 2024-01-24 | February 5       | 2024-02-05 | AT | explicit-date-year-inferred",
        "Polls closed on 10 January in the northern provinces.             | 2024-01-25 | 10 January       | 2024-01-10 | AT | explicit-date-year-inferred",
        "The river crested on the 10th of January above the old bridge.    | 2024-01-25 | 10th of January  | 2024-01-10 | AT | explicit-date-year-inferred",
        "The insurer filed its quarterly report Sept. 30.                  | 2024-01-25 | Sept. 30         | 2023-09-30 | AT | explicit-date-year-inferred",
        "The filing deadline for the appeal is Sept 30.                    | 2024-01-25 | Sept 30          | 2023-09-30 | AT | explicit-date-year-inferred",
        "The semifinal was postponed to Jun 3 because of rain.             | 2024-01-25 | Jun 3            | 2024-06-03 | AT | explicit-date-year-inferred",
        "The museum reopens Apr. 2 after a long renovation.                | 2024-01-25 | Apr. 2           | 2024-04-02 | AT | explicit-date-year-inferred",
        "Voting in the union ballot ends March 15.                         | 2024-01-25 | March 15         | 2024-03-15 | AT | explicit-date-year-inferred",
        "Shops in the flooded district reopened on Dec. 28.                | 2024-01-03 | Dec. 28          | 2023-12-28 | AT | explicit-date-year-inferred",
        "The final budget vote is scheduled for Jan. 8.                    | 2023-12-20 | Jan. 8           | 2024-01-08 | AT | explicit-date-year-inferred",
        "The new labor law took effect Feb. 29.                            | 2024-03-05 | Feb. 29          | 2024-02-29 | AT | explicit-date-year-inferred",
        // fully explicit dates
        "The wildfire began on Aug. 8, 2023, near the coast.               | 2024-01-25 | Aug. 8, 2023     | 2023-08-08 | AT | explicit-date",
        "The trade pact was signed August 8 2023 in Jakarta.               | 2024-01-25 | August 8 2023    | 2023-08-08 | AT | explicit-date",
        "Parliament was dissolved on 8 August 2023 by decree.              | 2024-01-25 | 8 August 2023    | 2023-08-08 | AT | explicit-date",
        "The cyclone made landfall on 3 March 2021.                        | 2024-01-25 | 3 March 2021     | 2021-03-03 | AT | explicit-date",
        "The motion is dated 2024-01-25 in the court docket.               | 2024-01-25 | 2024-01-25       | 2024-01-25 | AT | explicit-date",
        "The hearing on Tuesday, Jan. 23, 2024, lasted five hours.         | 2024-01-25 | \"Tuesday, Jan. 23, 2024\" | 2024-01-23 | AT | explicit-date",
        // month with year
        "Inflation peaked in August 2023, the ministry said.               | 2024-01-25 | August 2023      | 2023-08    | AT | month-year",
        "The hydroelectric dam was completed in Aug. 2023.                 | 2024-01-25 | Aug. 2023        | 2023-08    | AT | month-year",
        "The fishing accord dates from December 2021.                      | 2024-01-25 | December 2021    | 2021-12    | AT | month-year",
        "Turnout in the referendum fell in May 2023.                       | 2024-01-25 | May 2023         | 2023-05    | AT | month-year",
        "Exports of grain slumped in Dec 2023.                             | 2024-01-25 | Dec 2023         | 2023-12    | AT | month-year",
        // month alone
        "Ticket sales for the league slumped in August.                    | 2024-01-25 | August           | 2023-08    | AT | month-name",
        "The nurses' union went on strike last August.                     | 2024-01-25 | last August      | 2023-08    | AT | last-month-name",
        "The nurses' union went on strike last August.                     | 2024-09-10 | last August      | 2024-08    | AT | last-month-name",
        "The jazz festival returns this August.                            | 2024-01-25 | this August      | 2024-08    | AT | this-month-name",
        "Fighting along the border intensified in mid-October.             | 2024-01-24 | mid-October      | 2023-10    | AT | month-name",
        "The harbor froze over in early January.                           | 2024-01-25 | early January    | 2024-01    | AT | month-name",
        "Construction of the metro line stalled in late January.           | 2024-03-02 | late January     | 2024-01    | AT | month-name",
        "Regional elections were held in May.                              | 2024-07-01 | May              | 2024-05    | AT | month-name",
        "The finance minister resigned last May.                           | 2024-01-25 | last May         | 2023-05    | AT | last-month-name",
        "November was the wettest month on record in the valley.           | 2024-01-25 | November         | 2023-11    | AT | month-name",
        // years
        "The football club was founded in 2014.                            | 2024-01-25 | 2014             | 2014       | AT | year",
        "The 2023 harvest was the worst in decades.                        | 2024-01-25 | 2023             | 2023       | AT | year",
        "Growth in the euro zone slowed in mid-2023.                       | 2024-01-25 | mid-2023         | 2023       | AT | year",
        "Unemployment in the region rose last year.                        | 2024-01-25 | last year        | 2023       | AT | last-year",
        "Turnout this year is expected to be high.                         | 2024-01-25 | this year        | 2024       | AT | this-year",
        "The tournament moves to a new host next year.                     | 2024-01-25 | next year        | 2025       | AT | next-year",
        "Earlier this year the tariffs on steel were lifted.               | 2024-01-25 | Earlier this year | 2024      | AT | this-year",
        // days relative to publication
        "The airport reopens today after the storm.                        | 2024-01-25 | today            | 2024-01-25 | AT | today",
        "The governor will address the legislature tonight.                | 2024-01-25 | tonight          | 2024-01-25 | AT | today",
        "Shares of the carmaker fell sharply this morning.                 | 2024-01-25 | this morning     | 2024-01-25 | AT | today",
        "The jury deliberated for six hours yesterday.                     | 2024-01-25 | yesterday        | 2024-01-24 | AT | yesterday",
        "The ferry resumes service tomorrow.                               | 2024-01-25 | tomorrow         | 2024-01-26 | AT | tomorrow",
        "The suspect was arrested the day before yesterday.                | 2024-01-25 | the day before yesterday | 2024-01-23 | AT | day-before-yesterday",
        "Police said the blast happened last night.                        | 2024-01-25 | last night       | 2024-01-24 | AT | last-night",
        // months relative to publication
        "Factory orders rose this month for the first time.                | 2024-01-25 | this month       | 2024-01    | AT | this-month",
        "Earlier this month, the court ruled against the ban.              | 2024-01-25 | Earlier this month | 2024-01  | AT | this-month",
        "Exports of soybeans dropped last month.                           | 2024-01-25 | last month       | 2023-12    | AT | last-month",
        "The new tariffs take effect next month.                           | 2024-01-25 | next month       | 2024-02    | AT | next-month",
        // vague
        "The coach said this week that he would stay.                      | 2024-01-25 | this week        |            | VAGUE | vague",
        "Earlier this week, lawmakers failed to agree on the budget.       | 2024-01-25 | Earlier this week |           | VAGUE | vague",
        "Rebels advanced toward the port in recent weeks.                  | 2024-01-25 | in recent weeks  |            | VAGUE | vague",
        "Tensions at the border have grown in recent days.                 | 2024-01-25 | in recent days   |            | VAGUE | vague",
        "The chipmaker recently cut 300 jobs.                              | 2024-01-25 | recently         |            | VAGUE | vague",
        "Residents have waited for months for flood aid.                   | 2024-01-25 | for months       |            | VAGUE | vague",
        "More storms are expected in the coming days.                      | 2024-01-25 | in the coming days |          | VAGUE | vague",
        "The talks could resume in the upcoming weeks.                     | 2024-01-25 | in the upcoming weeks |       | VAGUE | vague",
        "A deal could come soon, diplomats said.                           | 2024-01-25 | soon             |            | VAGUE | vague",
        "The minister was abroad at the time.                              | 2024-01-25 | at the time      |            | VAGUE | vague",
        // seasons: VAGUE, valued as a span of months (northern meteorological seasons)
        "Water levels in the lake dropped last summer.                     | 2024-01-25 | last summer      | 2023-06/2023-08 | VAGUE | season",
        "The ferry line was sold last summer.                              | 2023-07-10 | last summer      | 2022-06/2022-08 | VAGUE | season",
        "The heating subsidy ran out last winter.                          | 2024-01-25 | last winter      | 2022-12/2023-02 | VAGUE | season",
        "The heating subsidy will run out this winter.                     | 2024-01-25 | this winter      | 2023-12/2024-02 | VAGUE | season",
        "The heating subsidy will run out this winter.                     | 2023-11-02 | this winter      | 2023-12/2024-02 | VAGUE | season",
        "The dam is due to open next spring.                               | 2024-01-25 | next spring      | 2024-03/2024-05 | VAGUE | season",
        "The dam is due to open next spring.                               | 2024-04-01 | next spring      | 2025-03/2025-05 | VAGUE | season",
        "Harvests failed this past autumn.                                 | 2024-01-25 | past autumn      | 2023-09/2023-11 | VAGUE | season",
        "The union struck last fall over pensions.                         | 2023-10-10 | last fall        | 2022-09/2022-11 | VAGUE | season",
        "The coalition was formed in the summer of 2019.                   | 2024-01-25 | summer of 2019   | 2019-06/2019-08 | VAGUE | season-year",
        "Exports recovered in spring 2021.                                 | 2024-01-25 | spring 2021      | 2021-03/2021-05 | VAGUE | season-year",
        "Water levels in the lake dropped last summer.                     |            | last summer      |            | VAGUE | season",
        "Water levels in the lake dropped in early summer.                 | 2024-01-25 | early summer     |            | VAGUE | vague",
        // since
        "Bread prices have doubled since October 17.                       | 2024-01-24 | since October 17 | 2023-10-17 | SINCE | explicit-date-year-inferred",
        "Schools in the province have been closed since Monday.            | 2024-01-25 | since Monday     | 2024-01-22 | SINCE | weekday",
        "The dockworkers' strike has lasted since mid-October.             | 2024-01-24 | since mid-October | 2023-10   | SINCE | month-name",
        "Since 2014, the club has won four titles.                         | 2024-01-25 | Since 2014       | 2014       | SINCE | year",
        "Farmers have protested since March.                               | 2024-07-01 | since March      | 2024-03    | SINCE | month-name",
        // anaphoric days
        "The boat capsized on Jan. 4, and divers recovered the hull the following day. | 2024-01-25 | the following day | 2024-01-05 | AT | following-day",
        "The fire started Tuesday and was contained the next day.          | 2024-01-25 | the next day     | 2024-01-24 | AT | following-day",
        "The vote was held on Sept. 12. Two days later, the results were annulled. | 2024-01-25 | Two days later | 2023-09-14 | AT | days-later",
        "The bridge closed on Nov. 2. A week later, it reopened to traffic. | 2024-01-25 | A week later    | 2023-11-09 | AT | days-later",
        "The accord was signed on March 3; a day earlier, talks had nearly collapsed. | 2024-03-10 | a day earlier | 2024-03-02 | AT | previous-day",
        "The following day, the council apologized.                        | 2024-01-25 | The following day |           | AT | following-day",
        // unknown publication date: relative stays unresolved, explicit is still resolved
        "The dam failed on Tuesday.                                        |            | Tuesday          |            | AT | weekday",
        "The ruling came on Jan. 10.                                       |            | Jan. 10          |            | AT | explicit-date-year-inferred",
        "The wildfire began on Aug. 8, 2023.                               |            | Aug. 8, 2023     | 2023-08-08 | AT | explicit-date",
        "Protests continued yesterday in the capital.                      |            | yesterday        |            | AT | yesterday",
        "Prices of rice rose last month.                                   |            | last month       |            | AT | last-month",
        "The team won the title in 2019.                                   |            | 2019             | 2019       | AT | year",
        "The summit is set for August 2025.                                |            | August 2025      | 2025-08    | AT | month-year",
        "The port has been closed since Monday.                            |            | since Monday     |            | SINCE | weekday",
        // negatives: nothing must be tagged
        "May I ask the minister one more question?                         | 2024-01-25 | | | | ",
        "Thousands joined the march on Washington.                         | 2024-01-25 | | | | ",
        "The March on Washington changed the movement.                     | 2024-01-25 | | | | ",
        "The deployment reached 2,500 troops.                              | 2024-01-25 | | | | ",
        "Auditors found errors in 2,014 cases.                             | 2024-01-25 | | | | ",
        "The august assembly rose to applaud the speaker.                  | 2024-01-25 | | | | ",
        "Theresa May spoke to reporters outside the building.              | 2024-01-25 | | | | ",
        "June Carter sang at the benefit concert.                          | 2024-01-25 | | | | ",
        "The warehouse held 20234 crates of medicine.                      | 2024-01-25 | | | | ",
        "Nearly 2000 people fled the fighting.                             | 2024-01-25 | | | | ",
        "Aid will flow as soon as the road opens.                          | 2024-01-25 | | | | ",
        "The 10 a.m. briefing was cancelled.                               | 2024-01-25 | | | | ",
        "She covered politics in the 1990s and the 19th century mills.     | 2024-01-25 | | | | ",
        "Jan Kowalski and Dec Murphy won the doubles.                      | 2024-01-25 | | | | ",
        "Markets will march higher, may analysts say.                      | 2024-01-25 | | | | ",
        "The clinic treated patients on Feb. 30 by mistake.                | 2024-01-25 | | | | ",
    })
    void tagsTableRow(String sentence, LocalDate publication, String text, String iso, Relation relation,
                      String rule) {
        List<TemporalExpression> found = tagger.tag(sentence, publication);
        assertWellFormed(sentence, found);
        if (text == null) {
            assertEquals(List.of(), found, "expected nothing in: " + sentence);
            return;
        }
        TemporalExpression e = found.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertNotNull(e, () -> "no expression '" + text + "' in " + found);
        assertEquals(iso, e.value() == null ? null : e.value().iso(), () -> "value of " + e);
        assertEquals(relation, e.relation(), () -> "relation of " + e);
        assertEquals(rule, e.rule(), () -> "rule of " + e);
        if (e.value() == null) {
            assertEquals("", e.anchor());
        } else {
            assertTrue(e.anchor().equals("text") || e.anchor().startsWith("publication ")
                    || e.anchor().startsWith("previous date "), () -> "anchor of " + e);
        }
    }

    @Test
    void explicitDateIsOneExpressionAndResultsAreOrderedAndDisjoint() {
        String s = "On Aug. 8, 2023, a storm hit the coast; on Tuesday crews returned, "
                + "and in recent weeks 2,500 residents have left since 2014.";
        List<TemporalExpression> found = tagger.tag(s, LocalDate.of(2024, 1, 25));
        assertWellFormed(s, found);
        assertEquals(List.of("Aug. 8, 2023", "Tuesday", "in recent weeks", "since 2014"),
                found.stream().map(TemporalExpression::text).toList());
        assertEquals("text", found.get(0).anchor());
        assertEquals("publication 2024-01-25", found.get(1).anchor());
        assertEquals(Relation.SINCE, found.get(3).relation());
    }

    @Test
    void followingDayUsesTheMostRecentEarlierDate() {
        String s = "The levee failed on Jan. 4. Evacuations began on Jan. 9, and the following day "
                + "the army arrived. Two days later the water receded.";
        List<TemporalExpression> found = tagger.tag(s, LocalDate.of(2024, 1, 25));
        TemporalExpression following = find(found, "the following day");
        assertEquals(new Day(LocalDate.of(2024, 1, 10)), following.value());
        assertEquals("previous date 2024-01-09", following.anchor());
        assertEquals("following-day", following.rule());
        // an anaphoric result is itself a date later expressions can build on
        TemporalExpression later = find(found, "Two days later");
        assertEquals(new Day(LocalDate.of(2024, 1, 12)), later.value());
        assertEquals("previous date 2024-01-10", later.anchor());
    }

    @Test
    void followingDayIsUnresolvedWithoutAnEarlierDate() {
        List<TemporalExpression> found = tagger.tag(
                "In August the river rose. The following day, the mayor resigned.", LocalDate.of(2024, 1, 25));
        TemporalExpression following = find(found, "The following day");
        assertNull(following.value());
        assertEquals("", following.anchor());
        assertEquals(Relation.AT, following.relation());
    }

    @Test
    void laterDateDoesNotAnchorAnEarlierAnaphor() {
        List<TemporalExpression> found = tagger.tag(
                "The day after, officials met again. The summit ended on Jan. 12.", LocalDate.of(2024, 1, 25));
        assertNull(find(found, "The day after").value());
        assertEquals("2024-01-12", find(found, "Jan. 12").value().iso());
    }

    @Test
    void unknownPublicationKeepsExplicitValuesOnly() {
        List<TemporalExpression> found = tagger.tag(
                "The strike began on 8 August 2023, resumed on Jan. 3 and ended yesterday.", null);
        assertEquals(List.of("8 August 2023", "Jan. 3", "yesterday"),
                found.stream().map(TemporalExpression::text).toList());
        assertEquals("2023-08-08", found.get(0).value().iso());
        assertEquals("text", found.get(0).anchor());
        assertNull(found.get(1).value());
        assertNull(found.get(2).value());
    }

    @Test
    void emptyAndNullInputGiveNothing() {
        assertEquals(List.of(), tagger.tag("", LocalDate.of(2024, 1, 25)));
        assertEquals(List.of(), tagger.tag(null, null));
        assertEquals(List.of(), tagger.tag("   \n\t ", null));
    }

    @Test
    void longTextWithoutPunctuationReturns() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 200_000) {
            sb.append("the council of the city said that ");
        }
        String s = sb.substring(0, 200_000);
        assertEquals(List.of(), tagger.tag(s, LocalDate.of(2024, 1, 25)));
    }

    @Test
    void longRunsOfDigitsSpacesAndNearMissesReturn() {
        String[] pieces = {"1", " ", "Jan", ".", "May", "since", "2", "0", ",", "the", "day", "mid-", "\u00A0"};
        StringBuilder sb = new StringBuilder();
        Random random = new Random(42);
        while (sb.length() < 100_000) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        String s = sb.toString();
        assertWellFormed(s, tagger.tag(s, LocalDate.of(2024, 1, 25)));
        assertWellFormed("9".repeat(50_000), tagger.tag("9".repeat(50_000), null));
        assertWellFormed(" ".repeat(50_000), tagger.tag(" ".repeat(50_000), null));
    }

    @Test
    void oddInputDoesNotThrow() {
        String[] inputs = {
            "\uD83D\uDE00 Jan. 10\u00A0Tuesday \u0000 since\u2003May 5",
            "\uD800 Aug. 8, 2023 \uDFFF",
            "Jan. 32, 2023 and Feb. 30 and 2024-13-45 and 2024-02-30",
            "since", "Since ", "May", "Sept.", "the day before", "31", "2023",
            "Überraschend am Montag, Jan. 10",
        };
        for (String input : inputs) {
            assertWellFormed(input, tagger.tag(input, LocalDate.of(2024, 1, 25)));
            assertWellFormed(input, tagger.tag(input, null));
            assertWellFormed(input, tagger.tag(input, LocalDate.MAX));
            assertWellFormed(input, tagger.tag(input, LocalDate.MIN));
        }
        List<TemporalExpression> found = tagger.tag("The ferry leaves tomorrow.", LocalDate.MAX);
        assertNull(find(found, "tomorrow").value());
    }

    private static TemporalExpression find(List<TemporalExpression> found, String text) {
        return found.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + found));
    }

    private static void assertWellFormed(String input, List<TemporalExpression> found) {
        int previousEnd = 0;
        for (TemporalExpression e : found) {
            assertTrue(e.begin() >= previousEnd, () -> "overlap or disorder in " + found);
            assertTrue(e.begin() < e.end() && e.end() <= input.length(), () -> "bad offsets " + e);
            assertEquals(input.substring(e.begin(), e.end()), e.text());
            assertNotNull(e.relation());
            assertNotNull(e.rule());
            assertNotNull(e.anchor());
            previousEnd = e.end();
        }
    }

    @Test
    void spansAgoCountBackFromPublication() {
        List<TemporalExpression> found = tagger.tag("The dam burst a week ago. The mine closed three days ago. "
                + "It was two years ago today that the plant opened. The firm was founded two years ago.",
                LocalDate.of(2024, 3, 14));
        assertEquals("2024-03-07", find(found, "a week ago").value().iso());
        assertEquals("2024-03-11", find(found, "three days ago").value().iso());
        assertEquals("2022-03-14", find(found, "two years ago today").value().iso());
        assertEquals("2022", find(found, "two years ago").value().iso());
    }

    @Test
    void aFutureClausePutsAYearlessDateAhead() {
        LocalDate published = LocalDate.of(2024, 5, 7);
        assertEquals("2024-11-20", find(tagger.tag("The vote is to be held on November 20.", published), "November 20").value().iso());
        assertEquals("2024-12-02", find(tagger.tag("The court will rule on December 2.", published), "December 2").value().iso());
        LocalDate wednesday = LocalDate.of(2024, 3, 13);
        assertEquals("2024-03-15", find(tagger.tag("She will receive the award on Friday.", wednesday), "Friday").value().iso());
        assertEquals("2024-03-08", find(tagger.tag("She received the award on Friday.", wednesday), "Friday").value().iso());
        // a future inside a quotation does not move the day the quotation was said
        assertEquals("2024-03-11", find(tagger.tag("\u201CWe will sign,\u201D she said on Monday.", wednesday), "Monday").value().iso());
        // told as past, the nearest date is the earlier one
        assertEquals("2023-11-20", find(tagger.tag("The vote was held on November 20.", published), "November 20").value().iso());
    }
}
