package org.newskg.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in English news text and resolves them against the publication date.
 *
 * <p>Each rule is a regular expression plus a builder that turns a match into a deferred resolution.
 * All rules run over the whole text (each tried only where one of the words it can start with
 * begins); overlapping candidates are reduced to the longest ones; the
 * survivors are then resolved in text order, so that anaphoric expressions ("the following day") can
 * use the last day resolved before them. A preceding "since" turns an expression into
 * {@link Relation#SINCE} and is included in its span.
 *
 * <p>The tagger is stateless and may be shared between threads. Patterns avoid nested quantifiers,
 * so matching time grows linearly with the text.
 */
public final class TemporalTagger {

    // ---- regex building blocks --------------------------------------------------------------------

    private static final String SP = "[\\s\\u00A0]+";
    /** Left word boundary that also works next to non-ASCII letters. */
    private static final String LB = "(?<![\\p{L}\\p{N}])";
    /** Right word boundary. */
    private static final String RB = "(?![\\p{L}\\p{N}])";
    private static final String MONTH = "(?<mon>" + MonthNames.REGEX + ")(?!\\p{L})";
    /** Day of month with optional ordinal suffix; not part of "10,000", "10.5" or "10:30". */
    private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[,.:]\\d)";
    private static final String YEAR4 = "(?<year>\\d{4})(?![\\p{L}\\p{N}]|[,.]\\d)";
    private static final String DAY_YEAR_SEP = "(?:,[\\s\\u00A0]*|" + SP + ")";
    private static final String WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** "Tuesday, Jan. 10": a weekday naming the same day as an explicit date is part of the date. */
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAYS + ",?" + SP + ")?";
    /** "early", "late", "mid-" before a month or year; kept in the span, ignored for the value. */
    private static final String PART = "(?<part>(?i:early|late)" + SP + "|(?i:mid)(?:-[\\s\\u00A0]*|" + SP + "))";
    private static final String NUMBER = "(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)";

    /** Words before a bare month name that make it clearly a month ("in May", "since March"). */
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "by", "until", "till", "from",
            "through", "before", "after", "during", "of", "last", "this", "next", "early", "mid", "late");

    /** Words before a 19xx/20xx number that make it a quantity, not a year ("about 2000 people"). */
    private static final Set<String> QUANTITY_CONTEXT = Set.of("about", "some", "nearly", "almost", "approximately",
            "roughly", "around", "than", "least", "over", "under", "only", "just", "another", "additional");

    /** Number words by value ("a week later" counts as one). */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    // ---- rules ---------------------------------------------------------------------------------------

    /** The resolution of one expression, computed once the previous day in the text is known. */
    private record Resolution(TimeValue value, Relation relation, String rule, String anchor) {
    }

    /** What an expression may be resolved against. */
    private record Context(LocalDate publication, LocalDate previousDay) {
    }

    /** Turns a match into a deferred resolution, or null to reject the match. */
    @FunctionalInterface
    private interface Builder {
        Function<Context, Resolution> build(Matcher m, String text);
    }

    /**
     * A rule and the words its matches can begin with: {@code firstWords} (lower case; each is the
     * whole run of ASCII letters a match starts with) and, if {@code digitFirst}, any ASCII digit.
     * Every rule starts with a left word boundary and its first word is ASCII ({@code \\d} and
     * {@code (?i)} are ASCII-only), so these lists say exactly where a match may start; the
     * pattern is only tried there (see {@link #candidates}). Keep them in step with the regex.
     */
    private record Rule(Pattern pattern, Set<String> firstWords, boolean digitFirst, Builder builder) {
        Rule(String regex, Set<String> firstWords, boolean digitFirst, Builder builder) {
            this(Pattern.compile(regex), firstWords, digitFirst, builder);
        }
    }

    private static final Set<String> WEEKDAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Every run of letters {@link MonthNames#REGEX} matches. */
    private static final Set<String> MONTH_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");
    private static final Set<String> PART_WORDS = Set.of("early", "late", "mid");

    @SafeVarargs
    private static Set<String> words(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private record Candidate(int begin, int end, int priority, Function<Context, Resolution> resolver) {
        int length() {
            return end - begin;
        }
    }

    /** Rules in priority order (earlier wins when two candidates cover exactly the same span). */
    private static final List<Rule> RULES = List.of(
            // Fully explicit dates, AP style and others: "Aug. 8, 2023", "Tuesday, August 8 2023".
            new Rule(LB + WEEKDAY_PREFIX + MONTH + SP + DAY + DAY_YEAR_SEP + YEAR4, words(WEEKDAY_WORDS, MONTH_WORDS), false,
                    TemporalTagger::explicitDate),
            // Fully explicit dates, day first (wire copy from Europe): "8 August 2023", "10th of January, 2024".
            new Rule(LB + WEEKDAY_PREFIX + DAY + "(?:" + SP + "(?i:of))?" + SP + MONTH + DAY_YEAR_SEP + YEAR4,
                    WEEKDAY_WORDS, true, TemporalTagger::explicitDate),
            // ISO dates in datelines and data-heavy copy: "2024-01-25".
            new Rule("(?<![\\p{L}\\p{N}/.\\-])(?<year>\\d{4})-(?<mo>\\d{2})-(?<dd>\\d{2})(?![\\p{N}]|[-.,]\\d)",
                    Set.of(), true, TemporalTagger::isoDate),
            // Month and day, year left implicit (most dates in news): "Jan. 10", "January 4th", "Sept. 30".
            new Rule(LB + WEEKDAY_PREFIX + MONTH + SP + DAY, words(WEEKDAY_WORDS, MONTH_WORDS), false,
                    TemporalTagger::inferredDate),
            // Day and month, year implicit: "10 January", "10th of January".
            new Rule(LB + WEEKDAY_PREFIX + DAY + "(?:" + SP + "(?i:of))?" + SP + MONTH, WEEKDAY_WORDS, true,
                    TemporalTagger::inferredDate),
            // Month with year, for events reported at month granularity: "August 2023", "mid-October 2023".
            new Rule(LB + PART + "?" + MONTH + SP + YEAR4, words(PART_WORDS, MONTH_WORDS), false, TemporalTagger::monthYear),
            // Month alone: "in August", "last August", "this May", "mid-October", "early January".
            new Rule(LB + "(?:(?<rel>(?i:last|this|next))" + SP + "|" + PART + ")?" + MONTH,
                    words(Set.of("last", "this", "next"), PART_WORDS, MONTH_WORDS), false, TemporalTagger::monthName),
            // Years: "in 2014", "since 2014", "the 2023 season", "mid-2023".
            new Rule(LB + "(?:" + PART + "|(?<![-,.$£€/]))(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}%]|[,.\\-–]\\d)",
                    PART_WORDS, true, TemporalTagger::year),
            // Years relative to publication: "last year", "earlier this year", "next year".
            new Rule(LB + "(?i:(?:(?:earlier|later)" + SP + ")?(?<which>this|last|next)" + SP + "year)" + RB,
                    Set.of("earlier", "later", "this", "last", "next"), false, (m, t) -> relativeYear(m)),
            // Weekdays, the usual way news dates recent events: "on Tuesday", "early Wednesday",
            // "Thursday morning", "last Monday", "next Friday".
            new Rule(LB + "(?:(?<mod>(?i:last|next|early|late))" + SP + ")?(?<wd>" + WEEKDAYS + ")" + RB
                    + "(?:" + SP + "(?i:morning|afternoon|evening|night)" + RB + ")?",
                    words(Set.of("last", "next", "early", "late"), WEEKDAY_WORDS), false, (m, t) -> weekday(m, t)),
            // Days relative to publication, common in breaking news.
            new Rule(LB + "(?i:today|tonight|this" + SP + "(?:morning|afternoon|evening))" + RB,
                    Set.of("today", "tonight", "this"), false, (m, t) -> fromPublication("today", 0)),
            new Rule(LB + "(?i:yesterday(?:" + SP + "(?:morning|afternoon|evening))?)" + RB,
                    Set.of("yesterday"), false, (m, t) -> fromPublication("yesterday", -1)),
            new Rule(LB + "(?i:last" + SP + "night)" + RB, Set.of("last"), false, (m, t) -> fromPublication("last-night", -1)),
            new Rule(LB + "(?i:tomorrow(?:" + SP + "(?:morning|afternoon|evening|night))?)" + RB,
                    Set.of("tomorrow"), false, (m, t) -> fromPublication("tomorrow", 1)),
            new Rule(LB + "(?i:the" + SP + "day" + SP + "before" + SP + "yesterday)" + RB,
                    Set.of("the"), false, (m, t) -> fromPublication("day-before-yesterday", -2)),
            new Rule(LB + "(?i:the" + SP + "day" + SP + "after" + SP + "tomorrow)" + RB,
                    Set.of("the"), false, (m, t) -> fromPublication("day-after-tomorrow", 2)),
            // Anaphoric days in narrative copy: "the following day", "a day later", "the day before".
            // "the day after"/"the day before" only when no noun follows ("the day after the vote" is
            // anchored on the vote, not on the previous date).
            new Rule(LB + "(?i:the" + SP + "(?:following|next)" + SP + "day|(?:a|one)" + SP + "day" + SP + "later"
                    + "|the" + SP + "day" + SP + "after(?![\\s\\u00A0]*[\\p{L}\\p{N}]))" + RB,
                    Set.of("the", "a", "one"), false, (m, t) -> fromPreviousDay("following-day", 1)),
            new Rule(LB + "(?i:the" + SP + "(?:previous|preceding|prior)" + SP + "day|(?:a|one)" + SP + "day" + SP
                    + "earlier|the" + SP + "day" + SP + "before(?![\\s\\u00A0]*[\\p{L}\\p{N}]))" + RB,
                    Set.of("the", "a", "one"), false, (m, t) -> fromPreviousDay("previous-day", -1)),
            new Rule(LB + "(?i:(?<n>a|one|" + NUMBER + ")" + SP + "(?<unit>days?|weeks?)" + SP
                    + "(?<dir>later|earlier))" + RB,
                    Set.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), true,
                    (m, t) -> daysLater(m)),
            // Spans back from publication: "a week ago", "three days ago", "two years ago today" (that
            // day of an earlier year), "a month ago", "two years ago" (a year).
            new Rule(LB + "(?i:(?<n>a|one|" + NUMBER + ")" + SP + "(?<unit>days?|weeks?|months?|years?)" + SP + "ago"
                    + "(?<today>" + SP + "today)?)" + RB,
                    Set.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), true,
                    (m, t) -> ago(m)),
            // Months relative to publication: "this month", "earlier this month", "last month".
            new Rule(LB + "(?i:(?:(?:earlier|later)" + SP + ")?(?<which>this|last|next)" + SP + "month)" + RB,
                    Set.of("earlier", "later", "this", "last", "next"), false, (m, t) -> relativeMonth(m)),
            // Seasons: "last summer", "this winter", "the summer of 2019". VAGUE, with the span of months
            // as value; "early summer" and a season without a year stay plain vague periods (below).
            new Rule(LB + "(?i:(?<which>last|this|next|past)" + SP + "(?<season>summer|spring|fall|autumn|winter))" + RB,
                    Set.of("last", "this", "next", "past"), false, (m, t) -> relativeSeason(m)),
            new Rule(LB + "(?i:(?<season>summer|spring|fall|autumn))(?:" + SP + "(?i:of))?" + SP + YEAR4,
                    Set.of("summer", "spring", "fall", "autumn"), false, (m, t) -> seasonOfYear(m)),
            // Vague periods: weeks, recent spans, seasons, "at the time". Never resolved to a value.
            new Rule(LB + "(?i:(?:(?:earlier|later)" + SP + ")?this" + SP + "week(?:end)?"
                    + "|(?:last|next)" + SP + "week(?:end)?"
                    + "|in" + SP + "recent" + SP + "(?:days|weeks|months|years)"
                    + "|(?:in|over)" + SP + "the" + SP + "(?:past|last)" + SP + "(?:few" + SP + ")?(?:days?|weeks?|months?|years?)"
                    + "|in" + SP + "the" + SP + "(?:coming|upcoming|next" + SP + "few)" + SP + "(?:days|weeks|months|years)"
                    + "|for" + SP + "(?:days|weeks|months|years|decades)"
                    + "|recently"
                    + "|(?<!as[\\s\\u00A0])soon(?![\\s\\u00A0]+as" + RB + ")"
                    + "|at" + SP + "the" + SP + "time"
                    + "|from" + SP + "that" + SP + "time"
                    + "|(?:last|this|next|past|early|late)" + SP + "(?:summer|spring|fall|autumn|winter))" + RB,
                    Set.of("earlier", "later", "this", "last", "next", "in", "over", "for", "recently", "soon", "at",
                            "from", "past", "early", "late"),
                    false, (m, t) -> c -> new Resolution(null, Relation.VAGUE, "vague", "")));

    // ---- public API ----------------------------------------------------------------------------------

    /**
     * Tags the date expressions in {@code text}.
     *
     * @param text        the article text; null or empty gives an empty list
     * @param publication the publication date, or null when unknown (relative expressions then stay
     *                    unresolved)
     * @return non-overlapping expressions sorted by begin offset
     */
    public List<TemporalExpression> tag(String text, LocalDate publication) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<TemporalExpression> out = new ArrayList<>();
        LocalDate previousDay = null;
        int lastEnd = 0;
        for (Candidate c : longestNonOverlapping(candidates(text))) {
            Resolution r = resolve(c, new Context(publication, previousDay));
            int begin = c.begin();
            Relation relation = r.relation();
            if (relation == Relation.AT) {
                int since = sinceStart(text, begin);
                if (since >= lastEnd) {
                    begin = since;
                    relation = Relation.SINCE;
                }
            }
            if (r.value() instanceof Day day) {
                previousDay = day.date();
            }
            String anchor = r.value() == null ? "" : r.anchor();
            out.add(new TemporalExpression(begin, c.end(), text.substring(begin, c.end()), r.value(), relation,
                    r.rule(), anchor));
            lastEnd = c.end();
        }
        return List.copyOf(out);
    }

    // ---- matching and selection ----------------------------------------------------------------------

    /**
     * Every match of every rule, as {@link Matcher#find()} would give them, but a rule's pattern is
     * only tried where one of its first words starts (see {@link Rule}): trying every pattern at
     * every character was most of the extraction time. As with {@code find()}, the matches of one
     * rule do not overlap: a rule's next match starts at or after the end of its last one.
     */
    private static List<Candidate> candidates(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[RULES.size()];
        int[] searchFrom = new int[RULES.size()];
        int i = 0;
        while (i < text.length()) {
            char first = text.charAt(i);
            // A match starts at a letter or digit with no letter or digit before it (every rule begins
            // with such a left boundary); isLetterOrDigit is a subset of the regex's \p{L}\p{N}.
            if (!Character.isLetterOrDigit(first) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int[] rules = first >= '0' && first <= '9' ? DIGIT_RULES : RULES_BY_FIRST_WORD.get(asciiWord(text, i));
            if (rules != null) {
                for (int r : rules) {
                    Rule rule = RULES.get(r);
                    if (i < searchFrom[r]) {
                        continue;
                    }
                    if (matchers[r] == null) {
                        matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    Matcher m = matchers[r].region(i, text.length());
                    if (m.lookingAt()) {
                        searchFrom[r] = m.end();
                        Function<Context, Resolution> resolver;
                        try {
                            resolver = rule.builder().build(m, text);
                        } catch (DateTimeException | ArithmeticException e) {
                            resolver = null;
                        }
                        if (resolver != null) {
                            found.add(new Candidate(m.start(), m.end(), r, resolver));
                        }
                    }
                }
            }
            i++;
        }
        return found;
    }

    /** Indexes of the rules whose matches may start with a digit, in rule order. */
    private static final int[] DIGIT_RULES = java.util.stream.IntStream.range(0, RULES.size())
            .filter(r -> RULES.get(r).digitFirst()).toArray();

    /** Indexes of the rules whose matches may start with a word, by word, in rule order. */
    private static final Map<String, int[]> RULES_BY_FIRST_WORD = rulesByFirstWord();

    private static Map<String, int[]> rulesByFirstWord() {
        Map<String, List<Integer>> rules = new java.util.HashMap<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String word : RULES.get(r).firstWords()) {
                rules.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> out = new java.util.HashMap<>();
        rules.forEach((word, list) -> out.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** Longest first word of any rule ("september", "yesterday", "wednesday"). */
    private static final int MAX_FIRST_WORD = 9;

    /**
     * The lower-cased run of ASCII letters at {@code i}, or "" when there is none or it is too long
     * to be a first word.
     */
    private static String asciiWord(String text, int i) {
        int end = i;
        while (end < text.length() && end - i <= MAX_FIRST_WORD && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end - i > MAX_FIRST_WORD ? "" : text.substring(i, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Keeps the longest candidates (ties: earlier, then higher-priority rule), sorted by offset. */
    private static List<Candidate> longestNonOverlapping(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::begin).thenComparingInt(Candidate::priority));
        TreeMap<Integer, Candidate> taken = new TreeMap<>();
        for (Candidate c : candidates) {
            Map.Entry<Integer, Candidate> before = taken.floorEntry(c.begin());
            Map.Entry<Integer, Candidate> after = taken.ceilingEntry(c.begin());
            if ((before == null || before.getValue().end() <= c.begin())
                    && (after == null || after.getKey() >= c.end())) {
                taken.put(c.begin(), c);
            }
        }
        return new ArrayList<>(taken.values());
    }

    private static Resolution resolve(Candidate c, Context context) {
        try {
            return c.resolver().apply(context);
        } catch (DateTimeException | ArithmeticException e) { // e.g. publication near LocalDate.MAX
            Resolution unresolved = c.resolver().apply(new Context(null, null));
            return new Resolution(null, unresolved.relation(), unresolved.rule(), "");
        }
    }

    /** Start offset of a "since" directly before {@code begin}, or -1. */
    private static int sinceStart(String text, int begin) {
        int i = begin;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        int start = i - 5;
        if (i == begin || start < 0 || !text.regionMatches(true, start, "since", 0, 5)) {
            return -1;
        }
        return start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) ? -1 : start;
    }

    // ---- builders ------------------------------------------------------------------------------------

    private static Function<Context, Resolution> explicitDate(Matcher m, String text) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), MonthNames.parse(m.group("mon")),
                Integer.parseInt(m.group("day")));
        return c -> new Resolution(new Day(date), Relation.AT, "explicit-date", "text");
    }

    private static Function<Context, Resolution> isoDate(Matcher m, String text) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mo")),
                Integer.parseInt(m.group("dd")));
        return c -> new Resolution(new Day(date), Relation.AT, "explicit-date", "text");
    }

    private static Function<Context, Resolution> inferredDate(Matcher m, String text) {
        java.time.Month month = MonthNames.parse(m.group("mon"));
        int day = Integer.parseInt(m.group("day"));
        if (!YearInference.possibleDay(month, day)) {
            return null;
        }
        boolean ahead = FUTURE.matcher(clauseBefore(text, m.start())).find();
        return c -> {
            LocalDate date = c.publication() == null ? null
                    : ahead ? YearInference.nextDay(month, day, c.publication()) : YearInference.closestDay(month, day, c.publication());
            return date == null
                    ? unresolved("explicit-date-year-inferred")
                    : new Resolution(new Day(date), Relation.AT, "explicit-date-year-inferred",
                            "publication " + c.publication());
        };
    }

    private static Function<Context, Resolution> monthYear(Matcher m, String text) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group("year")), MonthNames.parse(m.group("mon")));
        return c -> new Resolution(new Month(ym), Relation.AT, "month-year", "text");
    }

    private static Function<Context, Resolution> monthName(Matcher m, String text) {
        String token = m.group("mon");
        if (nextNonSpaceIsDigit(text, m.end())) { // "Feb. 30" (impossible) or "May 2,500": not a bare month
            return null;
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        boolean clearlyMonth = !rel.isEmpty() || m.group("part") != null
                || MONTH_CONTEXT.contains(previousWord(text, m.start()))
                || (MonthNames.standsAlone(token) && !nextWordCapitalized(text, m.end()));
        if (!clearlyMonth) {
            return null;
        }
        java.time.Month month = MonthNames.parse(token);
        return switch (rel) {
            case "last" -> relativeToPublication("last-month-name", p -> new Month(YearInference.lastMonthNamed(month, p)));
            case "next" -> relativeToPublication("next-month-name", p -> new Month(YearInference.nextMonthNamed(month, p)));
            case "this" -> relativeToPublication("this-month-name", p -> new Month(YearMonth.of(p.getYear(), month)));
            default -> relativeToPublication("month-name", p -> new Month(YearInference.closestMonth(month, p)));
        };
    }

    private static Function<Context, Resolution> year(Matcher m, String text) {
        if (m.group("part") == null && QUANTITY_CONTEXT.contains(previousWord(text, m.start()))) {
            return null;
        }
        Year year = Year.of(Integer.parseInt(m.group("year")));
        return c -> new Resolution(new YearValue(year), Relation.AT, "year", "text");
    }

    private static Function<Context, Resolution> relativeYear(Matcher m) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        int offset = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return relativeToPublication(which + "-year", p -> new YearValue(Year.of(p.getYear() + offset)));
    }

    private static Function<Context, Resolution> relativeMonth(Matcher m) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        int offset = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return relativeToPublication(which + "-month", p -> new Month(YearMonth.from(p).plusMonths(offset)));
    }

    private static Function<Context, Resolution> relativeSeason(Matcher m) {
        String which = m.group("which");
        String season = m.group("season");
        return c -> c.publication() == null
                ? new Resolution(null, Relation.VAGUE, "season", "")
                : new Resolution(Season.relative(which, season, c.publication()), Relation.VAGUE, "season",
                        "publication " + c.publication());
    }

    private static Function<Context, Resolution> seasonOfYear(Matcher m) {
        Season season = Season.of(m.group("season"), Integer.parseInt(m.group("year")));
        return c -> new Resolution(season, Relation.VAGUE, "season-year", "text");
    }

    private static Function<Context, Resolution> weekday(Matcher m, String text) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        int direction = switch (mod) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (direction == 0 && FUTURE.matcher(clauseBefore(text, m.start())).find()) {
            // "will receive the award on Friday": the coming Friday (or today)
            return relativeToPublication("weekday", p -> new Day(p.with(java.time.temporal.TemporalAdjusters.nextOrSame(day))));
        }
        return relativeToPublication("weekday", p -> new Day(YearInference.weekday(day, p, direction)));
    }

    private static Function<Context, Resolution> daysLater(Matcher m) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = n.equals("a") ? 1 : NUMBER_WORDS.contains(n) ? NUMBER_WORDS.indexOf(n) : Integer.parseInt(n);
        int days = count * (m.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
        boolean later = m.group("dir").equalsIgnoreCase("later");
        return fromPreviousDay("days-later", later ? days : -days);
    }

    /**
     * A future or a plan before a date in its clause ("is to be held from November 20", "will vote
     * on March 3", "scheduled for June 2"): the date lies ahead of the publication, not behind it.
     */
    private static final Pattern FUTURE = Pattern.compile("(?i)" + LB
            + "(?:will|shall|(?:is|are)" + SP + "to" + SP + "be|scheduled|slated|set" + SP + "to|upcoming|planned)" + RB);

    /** The text of the clause before {@code at}: back to the sentence's start, a comma, colon, semicolon or quote mark; at most 120 characters. */
    private static String clauseBefore(String text, int at) {
        int from = Math.max(0, at - 120);
        for (int k = at - 1; k >= from; k--) {
            char ch = text.charAt(k);
            if (ch == ';' || ch == '\n' || ch == ',' || ch == ':' || ch == '"' || ch == '\u201C' || ch == '\u201D'
                    || ch == '.' && k + 1 < text.length() && isSpace(text.charAt(k + 1))
                    && k > 0 && Character.isLowerCase(text.charAt(k - 1))) {
                return text.substring(k + 1, at);
            }
        }
        return text.substring(from, at);
    }

    private static Function<Context, Resolution> ago(Matcher m) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = n.equals("a") || n.equals("one") ? 1 : NUMBER_WORDS.contains(n) ? NUMBER_WORDS.indexOf(n) : Integer.parseInt(n);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        boolean today = m.group("today") != null;
        if (unit.startsWith("day") || unit.startsWith("week")) {
            return fromPublication("ago", -count * (unit.startsWith("week") ? 7 : 1));
        }
        if (unit.startsWith("month")) {
            return relativeToPublication("ago", p -> today ? new Day(p.minusMonths(count)) : new Month(YearMonth.from(p).minusMonths(count)));
        }
        return relativeToPublication("ago", p -> today ? new Day(p.minusYears(count)) : new YearValue(Year.of(p.getYear() - count)));
    }

    // ---- resolution helpers --------------------------------------------------------------------------

    private static Resolution unresolved(String rule) {
        return new Resolution(null, Relation.AT, rule, "");
    }

    private static Function<Context, Resolution> relativeToPublication(String rule,
                                                                       Function<LocalDate, TimeValue> value) {
        return c -> c.publication() == null
                ? unresolved(rule)
                : new Resolution(value.apply(c.publication()), Relation.AT, rule, "publication " + c.publication());
    }

    private static Function<Context, Resolution> fromPublication(String rule, int days) {
        return relativeToPublication(rule, p -> new Day(p.plusDays(days)));
    }

    private static Function<Context, Resolution> fromPreviousDay(String rule, int days) {
        return c -> c.previousDay() == null
                ? unresolved(rule)
                : new Resolution(new Day(c.previousDay().plusDays(days)), Relation.AT, rule,
                        "previous date " + c.previousDay());
    }

    // ---- text helpers --------------------------------------------------------------------------------

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }

    /** The lower-cased word right before {@code pos} (spaces skipped), or "" if there is none nearby. */
    private static String previousWord(String text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < 20 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && end - i < 12 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end).toLowerCase(Locale.ROOT);
    }

    private static boolean nextNonSpaceIsDigit(String text, int pos) {
        int i = pos;
        while (i < text.length() && i - pos < 20 && isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** Whether the next word after {@code pos} (spaces skipped) starts with a capital ("June Carter"). */
    private static boolean nextWordCapitalized(String text, int pos) {
        int i = pos;
        while (i < text.length() && i - pos < 20 && isSpace(text.charAt(i))) {
            i++;
        }
        return i > pos && i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
