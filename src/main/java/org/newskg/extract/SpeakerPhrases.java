package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Resolves the noun phrase that names a source to an actor of the article. It covers the ways
 * news names sources:
 * <ul>
 *   <li>names with titles or roles before them or in apposition ("Defense Secretary Lloyd
 *       Austin", "Sabrina Singh, deputy Pentagon spokeswoman"), and later surnames ("Austin");</li>
 *   <li>pronouns ("He", "they") and definite descriptions ("the official", "the outlet");</li>
 *   <li>unnamed sources ("a senior defense official, speaking anonymously", "sources familiar
 *       with the matter") as anonymous actors with their affiliation;</li>
 *   <li>known bodies and outlets from the gazetteer ("the Pentagon", "CNN"), governments merged
 *       into their country ("the Iraqi government"), bodies of a country ("the U.S. military");</li>
 *   <li>documents standing for their author ("a Pentagon readout", "a Defense Department press
 *       release").</li>
 * </ul>
 * Returns null when the phrase names no identifiable source ("the two sides").
 */
final class SpeakerPhrases {
    private static final java.util.regex.Pattern POSSESSIVE_S = java.util.regex.Pattern.compile("['’]s");
    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['’]s$");

    private static final Set<String> MALE_FEMALE = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> OUTLET_NOUNS = Set.of("outlet", "newspaper", "network", "broadcaster", "paper",
            "agency", "channel", "station", "magazine", "daily", "website");
    /** Adjectives that follow the noun they modify: "sources familiar with", "people close to". */
    private static final Set<String> POSTNOMINAL = Set.of("familiar", "close", "involved", "knowledgeable", "briefed", "aware");
    /** Prepositions that start a complement after the head: "office of …", "spokeswoman for …". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "from", "with", "for", "at", "in");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them");
    private static final Set<String> FORCE_NOUNS = Set.of("military", "army", "forces", "troops", "navy", "armed");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration", "authorities", "state");
    /** Heads that refer back to the business last named ("the company said"). */
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[\"\u201C\u201D]");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm");
    /** Words that may join capitalised words inside one name: "Harakat al-Nujaba", "Secretary of Defense". */
    private static final Set<String> NAME_JOINERS = Set.of("al", "el", "bin", "ibn", "abu", "de", "del", "da", "van", "von",
            "der", "la", "le", "di", "-", "of", "'s", "’s", "the", "’", "'");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    SpeakerPhrases(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The actor named by tokens {@code from..to} (inclusive) of the sentence, or null. */
    ActorRegistry.Draft resolve(ActorRegistry registry, Sentence s, int from, int to, Evidence evidence) {
        return resolve(registry, s, from, to, evidence, evidence == null ? -1 : evidence.begin());
    }

    /**
     * As {@link #resolve(ActorRegistry, Sentence, int, int, Evidence)}, with the start of the
     * sentence a pronoun continues from: where the claim began ("“A. B,” he said": the sentence of A).
     */
    ActorRegistry.Draft resolve(ActorRegistry registry, Sentence s, int from, int to, Evidence evidence, int discourseBegin) {
        List<List<Token>> parts = parts(s.tokens().subList(from, to + 1));
        if (parts.isEmpty()) {
            return null;
        }
        List<Token> main = parts.get(0);
        int offset = main.get(0).begin();
        if (parts.size() > 1 && isRoleDescription(main) && isPersonName(parts.get(1))) {
            // "the chief executive, Lars Olsen, said": the name is the speaker, the description its role
            ActorRegistry.Draft named = resolveMain(registry, parts.get(1), evidence, parts.get(1).get(0).begin(), discourseBegin);
            if (named != null && named.type == ActorType.PERSON && !named.anonymous) {
                named.roles.add(text(stripDeterminer(main)));
                return named;
            }
        }
        ActorRegistry.Draft d = resolveMain(registry, main, evidence, offset, discourseBegin);
        if (d == null && parts.size() > 1) {
            // "deputy Pentagon spokeswoman Sabrina Singh" may also come as "…, Sabrina Singh,"
            d = resolveMain(registry, parts.get(1), evidence, offset, discourseBegin);
            if (d != null) {
                return d;
            }
        }
        if (d != null && d.type != ActorType.PERSON && parts.size() > 1 && parts.get(1).size() == 1 && isAcronym(parts.get(1).get(0))) {
            d.names.add(parts.get(1).get(0).text()); // "the International Grains Council (IGC)": its short form
        }
        if (d != null && d.type == ActorType.PERSON && !d.anonymous) {
            for (List<Token> apposition : parts.subList(1, parts.size())) {
                if (isRolePhrase(apposition)) {
                    d.roles.add(text(stripDeterminer(apposition)));
                }
            }
        }
        return d;
    }

    /** Splits at commas; drops participial and relative parts ("speaking anonymously", "who …"). */
    private List<List<Token>> parts(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.text().equals(",") || t.text().equals("(") || t.text().equals(")")) {
                addPart(parts, current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        addPart(parts, current);
        // Trailing participle inside the first part: "multiple defense officials speaking to X".
        if (!parts.isEmpty()) {
            List<Token> main = parts.get(0);
            for (int i = 1; i < main.size(); i++) {
                if (main.get(i).isPos("VERB") && main.get(i).text().endsWith("ing")) {
                    parts.set(0, new ArrayList<>(main.subList(0, i)));
                    break;
                }
            }
        }
        return parts;
    }

    private static void addPart(List<List<Token>> parts, List<Token> part) {
        if (part.isEmpty()) {
            return;
        }
        String first = part.get(0).pos();
        if (!parts.isEmpty() && (first.equals("VERB") || first.startsWith("PRON") || first.equals("SCONJ"))) {
            return;
        }
        while (!part.isEmpty() && part.get(part.size() - 1).isPos("PUNCT")
                && !part.get(part.size() - 1).text().endsWith(".")) {
            part.remove(part.size() - 1);
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    private ActorRegistry.Draft resolveMain(ActorRegistry registry, List<Token> main, Evidence evidence, int offset, int discourseBegin) {
        String lower = main.get(0).lower();
        if (main.size() == 1 && (main.get(0).pos().startsWith("PRON") && !isAcronym(main.get(0)) || PRONOUNS.contains(lower))) {
            return pronoun(registry, lower, offset, discourseBegin, evidence);
        }
        Token only = main.get(0);
        if (main.size() == 1 && isCapitalised(only) && !only.pos().startsWith("PROPN") && !only.pos().startsWith("NOUN") && !isAcronym(only)) {
            // "Whitmore/ADV stated": a word the tagger did not take for a name is one only as the surname of someone met before
            ActorRegistry.Draft person = registry.knownPerson(only.text());
            return person == null ? null : registry.mentioned(person, only.text(), evidence, offset);
        }
        String surface = text(stripDeterminer(main));
        var known = gazetteer.byName(surface);
        if (known.isPresent()) {
            return registry.known(known.get(), surface, evidence, offset);
        }
        int cut = complementStart(main, lexicon);
        List<Token> core = main.subList(0, cut);
        int headIndex = headIndex(core, lexicon);
        if (headIndex < 0) {
            return null;
        }
        Token head = core.get(headIndex);
        boolean definite = lower.equals("the");
        List<Token> modifiers = stripDeterminer(core.subList(0, headIndex));

        if (lexicon.isAttributionNoun(head) || isCompoundAttributionNoun(core, headIndex)) {
            return documentAuthor(registry, core, headIndex, main, cut, evidence, offset);
        }
        boolean titleOnly = stripDeterminer(core).stream().allMatch(lexicon::isTitleWord);
        int body = organisationOf(core);
        if (body >= 0) {
            // "the U.S. Department of Agriculture", "Ministry of Health": a body and its portfolio, no person
            return registry.organization(text(stripDeterminer(core)), null, affiliation(registry, core.subList(0, body), evidence, offset),
                    evidence, offset);
        }
        if (isCapitalised(head) && !lexicon.isOrganisationHead(head) && !lexicon.isAnonymousHead(head) && !titleOnly) {
            ActorRegistry.Draft named = named(registry, stripDeterminer(core), evidence, offset);
            if (named != null) {
                return named;
            }
        }
        String headWord = head.lower();
        String affiliation = affiliation(registry, modifiers, evidence, offset);
        String label = text(stripDeterminer(main));
        if (lexicon.isAnonymousHead(headWord)) {
            boolean plural = headWord.endsWith("s") || headWord.equals("people");
            if (definite && modifiers.isEmpty()) {
                ActorRegistry.Draft earlier = registry.lastBefore(offset, d -> d.anonymous && sameHead(d.head, headWord));
                if (earlier != null) {
                    return registry.mentioned(earlier, text(main), evidence, offset);
                }
            }
            if (definite) {
                ActorRegistry.Draft same = registry.lastBefore(offset, d -> d.anonymous && d.label.equalsIgnoreCase(label));
                if (same != null) {
                    return registry.mentioned(same, text(main), evidence, offset);
                }
            }
            return registry.anonymous(label, headWord, plural, affiliation, evidence, offset);
        }
        if (OUTLET_NOUNS.contains(headWord) && definite && modifiers.isEmpty()) {
            ActorRegistry.Draft outlet = registry.lastBefore(offset, d -> d.type == ActorType.NEWS_OUTLET);
            return outlet == null ? null : registry.mentioned(outlet, null, evidence, offset);
        }
        if (lexicon.isOrganisationHead(headWord)) {
            return organisation(registry, main, modifiers, head, affiliation, definite, evidence, offset);
        }
        if (lexicon.isTitleWord(headWord)) {
            if (definite && modifiers.isEmpty()) {
                ActorRegistry.Draft holder = registry.titleHolderBefore(offset, headWord);
                if (holder != null) {
                    return registry.mentioned(holder, null, evidence, offset);
                }
                // "the Secretary" whom the article never names: the description as written
                return gendered(registry.roleHolder(text(main), headWord, affiliation, evidence, offset), main);
            }
            return gendered(registry.roleHolder(label, headWord, affiliation, evidence, offset), main);
        }
        if (head.pos().startsWith("NOUN") && !isCapitalised(head) && headWord.length() > 2 && lexicon.isPersonNoun(headWord)) {
            // Any other person-describing noun as subject of a reporting verb: "the city engineer said",
            // "a witness told", "residents said" — an unnamed source described by what they are.
            if (headWord.endsWith("s") && !headWord.endsWith("ss")) {
                return registry.anonymous(label, headWord, true, affiliation, evidence, offset);
            }
            if (definite && modifiers.isEmpty()) {
                ActorRegistry.Draft earlier = registry.lastBefore(offset, d -> headWord.equals(d.head));
                if (earlier != null) {
                    return registry.mentioned(earlier, text(main), evidence, offset);
                }
            }
            return gendered(registry.roleHolder(label, headWord, affiliation, evidence, offset), main);
        }
        return null;
    }

    private ActorRegistry.Draft pronoun(ActorRegistry registry, String pronoun, int offset, int sentenceBegin, Evidence evidence) {
        if (MALE_FEMALE.contains(pronoun)) {
            ActorRegistry.Draft speaker = registry.lastSpeakerBefore(offset, d -> d.type == ActorType.PERSON && !d.plural && agrees(d, pronoun));
            ActorRegistry.Draft mention = registry.lastBefore(offset, d -> d.type == ActorType.PERSON && !d.plural && !d.anonymous
                    && agrees(d, pronoun));
            // "Harry Kane won the award. He said …": the person the previous sentence opens with, when
            // the last speaker spoke before that sentence, is the new topic.
            // "IBM sued Papermaster …, but a settlement was reached after he testified": a person named
            // earlier in the pronoun's own sentence (outside any quote) is its antecedent
            boolean unquoted = evidence != null && offset >= evidence.begin() && offset - evidence.begin() <= evidence.sentence().length()
                    && QUOTE_MARKS.matcher(evidence.sentence().substring(0, offset - evidence.begin())).results().findAny().isEmpty();
            ActorRegistry.Draft inSentence = !unquoted ? null : registry.firstMentionBetween(evidence.begin(), offset,
                    d -> d.type == ActorType.PERSON && !d.plural && !d.anonymous && agrees(d, pronoun));
            if (inSentence != null) {
                return inSentence;
            }
            ActorRegistry.Draft topic = sentenceBegin < 0 ? null : registry.previousTopic(sentenceBegin);
            if (topic != null && topic != speaker && topic.spokeBefore(offset) < 0 && agrees(topic, pronoun)
                    && (speaker == null || speaker.spokeBefore(offset) < registry.previousSentenceBegin(sentenceBegin))) {
                return topic;
            }
            // Prefer the last person who spoke: in news a pronoun subject continues the current source.
            return speaker != null ? speaker : mention;
        }
        if (PLURAL.contains(pronoun)) {
            return registry.lastSpeakerBefore(offset, d -> d.plural || d.type != ActorType.PERSON);
        }
        if (pronoun.equals("it")) {
            return registry.lastSpeakerBefore(offset, d -> d.type != ActorType.PERSON);
        }
        return null;
    }

    /** "office of Iraqi Prime Minister X", "the Iraqi government", "the U.S. military", "the department". */
    private ActorRegistry.Draft organisation(ActorRegistry registry, List<Token> main, List<Token> modifiers, Token head,
            String affiliation, boolean definite, Evidence evidence, int offset) {
        String headWord = head.lower();
        if (FORCE_NOUNS.contains(headWord) && affiliation != null && modifiers.size() == 1
                && registry.get(affiliation).type == ActorType.COUNTRY) {
            // "the U.S. military announced …": the country's armed forces, the same node as "U.S. troops"
            ActorRegistry.Draft country = registry.get(affiliation);
            return registry.armedForcesOf(country, text(stripDeterminer(main)), evidence, offset);
        }
        if (GOVERNMENT_NOUNS.contains(headWord) && affiliation != null && modifiers.size() == 1) {
            // Governments are merged into their country: "the Iraqi government" is Iraq.
            ActorRegistry.Draft country = registry.get(affiliation);
            if (country.type == ActorType.COUNTRY) {
                return registry.mentioned(country, text(stripDeterminer(main)), evidence, offset);
            }
        }
        if (definite && modifiers.isEmpty() && main.size() == 2) {
            ActorRegistry.Draft earlier = registry.lastBefore(offset, d -> d.type != ActorType.PERSON
                    && d.label.toLowerCase(Locale.ROOT).contains(headWord));
            if (earlier == null && COMPANY_NOUNS.contains(headWord)) {
                // "the company": the business last named ("Apple … the company website")
                earlier = registry.lastBefore(offset, d -> d.type == ActorType.ORGANIZATION
                        && !d.label.isEmpty() && Character.isUpperCase(d.label.charAt(0)));
            }
            if (earlier != null) {
                return registry.mentioned(earlier, text(main), evidence, offset);
            }
            return null;
        }
        String label = text(stripDeterminer(main));
        return registry.organization(label, modifiers.size() == 1 ? headWord : null, affiliation, evidence, offset);
    }

    /** "a Pentagon readout", "a Defense Department press release": the modifiers are the author. */
    private ActorRegistry.Draft documentAuthor(ActorRegistry registry, List<Token> core, int headIndex, List<Token> main,
            int cut, Evidence evidence, int offset) {
        List<Token> author = stripDeterminer(core.subList(0, headIndex));
        boolean definite = !core.isEmpty() && core.get(0).lower().equals("the");
        while (!author.isEmpty() && (lexicon.isAttributionNoun(author.get(author.size() - 1).text())
                || author.get(author.size() - 1).lower().equals("press"))) {
            author = author.subList(0, author.size() - 1);
        }
        if (!author.isEmpty() && POSSESSIVE_S.matcher(author.get(author.size() - 1).lower()).matches()) {
            author = author.subList(0, author.size() - 1);
        } else if (!author.isEmpty() && POSSESSIVE_END.matcher(author.get(author.size() - 1).text()).find()) {
            // "Cornyn's statement added": the possessive glued to the author's name
            Token last = author.get(author.size() - 1);
            String bare = POSSESSIVE_END.matcher(last.text()).replaceFirst("");
            List<Token> fixed = new ArrayList<>(author.subList(0, author.size() - 1));
            fixed.add(new Token(bare, last.begin(), last.begin() + bare.length(), last.pos(), last.lemma()));
            author = fixed;
        }
        if (author.isEmpty() && cut < main.size() && Set.of("from", "by", "of").contains(main.get(cut).lower())) {
            author = main.subList(cut + 1, main.size());
        }
        if (author.isEmpty() && cut + 1 < main.size() && Set.of("on", "in").contains(main.get(cut).lower())
                && lexicon.isAttributionNoun(main.get(main.size() - 1))) {
            author = main.subList(cut + 1, main.size()); // "a statement on Apple's website": the website's owner
        } else if (definite && author.size() == 1 && core.size() > 1 && author.get(0).begin() == core.get(1).begin()
                && lexicon.isOrganisationHead(author.get(0).lower())) {
            // "the company website", "the company's website": the company met before, else a new one
            List<Token> withArticle = new ArrayList<>();
            withArticle.add(core.get(0));
            withArticle.addAll(author);
            ActorRegistry.Draft earlier = resolveMain(registry, withArticle, evidence, offset, evidence == null ? -1 : evidence.begin());
            if (earlier != null) {
                return earlier;
            }
        }
        if (author.isEmpty() && definite && headIndex == 1 && cut == main.size()) {
            // "The statement also said …": the statement someone was said to put out before
            ActorRegistry.Draft issuer = registry.issuerBefore(core.get(1).lower(), offset);
            return issuer == null ? null : registry.mentioned(issuer, null, evidence, offset);
        }
        if (author.isEmpty()) {
            return null;
        }
        Token only = author.get(author.size() - 1);
        if (author.size() <= 2 && !isCapitalised(only) && !lexicon.isAttributionNoun(only) && !lexicon.isOrganisationHead(only.lower()) && !lexicon.isListedPersonNoun(only.lower())
                && !lexicon.isTitleWord(only.lower()) && !lexicon.isAnonymousHead(only.lower())) {
            return null; // "the event website": a thing, no author
        }
        return resolveMain(registry, author, evidence, offset, evidence == null ? -1 : evidence.begin());
    }

    /** A capitalised name, with its title words split off as the role. */
    private ActorRegistry.Draft named(ActorRegistry registry, List<Token> tokens, Evidence evidence, int offset) {
        var whole = gazetteer.byName(text(tokens));
        if (whole.isPresent()) {
            return registry.known(whole.get(), text(tokens), evidence, offset);
        }
        int nameStart = nameStart(tokens);
        if (nameStart >= tokens.size()) {
            return null;
        }
        List<Token> nameTokens = tokens.subList(nameStart, tokens.size());
        String name = text(nameTokens);
        var known = gazetteer.byName(name);
        if (known.isPresent()) {
            return registry.known(known.get(), name, evidence, offset);
        }
        if (nameStart == 0 && nameTokens.size() == 1 && isAcronym(nameTokens.get(0))) {
            // "KCNA said", "FEMA says": an acronym names an organisation, not a person
            return registry.organization(name, null, null, evidence, offset);
        }
        ActorRegistry.Draft person = registry.person(name, evidence, offset);
        learnGender(person, tokens);
        if (nameStart > 0) {
            String role = text(tokens.subList(0, nameStart));
            person.roles.add(role);
            person.names.add(text(tokens));
            String affiliation = affiliation(registry, tokens.subList(0, nameStart), evidence, offset);
            if (person.affiliation == null) {
                person.affiliation = affiliation;
            }
        }
        return person;
    }

    /**
     * Where the name starts in a phrase ending with one: after the trailing run of capitalised
     * words begins, and after the last title word in it ("coach Marta Silva", "Health Minister
     * Jonas Berg", "Novak Industries chief executive Petra Novak", "Military spokesman Colonel
     * Omar Haddad", "Secretary of Defense Lloyd Austin").
     */
    private int nameStart(List<Token> tokens) {
        int start = tokens.size();
        while (start > 0 && (isCapitalised(tokens.get(start - 1)) || NAME_JOINERS.contains(tokens.get(start - 1).lower())
                || initialPeriod(tokens, start - 1))) {
            start--;
        }
        while (start < tokens.size() && NAME_JOINERS.contains(tokens.get(start).lower())) {
            start++;
        }
        int lastRole = -1;
        for (int i = start; i < tokens.size() - 1; i++) {
            if (isRoleToken(tokens.get(i))) {
                lastRole = i;
            }
        }
        int nameStart = Math.max(start, lastRole + 1);
        if (lastRole >= 0 && tokens.get(lastRole).lower().equals("of")) {
            nameStart = afterPortfolio(tokens, nameStart);
        }
        while (nameStart < tokens.size() && NAME_JOINERS.contains(tokens.get(nameStart).lower())) {
            nameStart++;
        }
        return nameStart;
    }

    /**
     * "Secretary of Energy Jennifer Granholm", "Governor of Washington Chris Gregoire", "Secretary
     * of Defense Austin": after a title's "of", the portfolio or place comes first and the name
     * last — its last two words (one when only two follow "of"), with a middle initial and the
     * word before it ("Antony J. Blinken").
     */
    private static int afterPortfolio(List<Token> tokens, int from) {
        int k = tokens.size() - from;
        if (k < 2) {
            return from;
        }
        int start = tokens.size() - Math.min(2, k - 1);
        // "Antony J. Blinken": an initial (one token "J." or two, "J" and ".") takes the word before it along
        while (start > from + 1 && (isInitial(tokens, start) || initialPeriod(tokens, start)
                || NAME_JOINERS.contains(tokens.get(start).lower()))) {
            start--;
        }
        return Math.max(start, from + 1);
    }

    /** A middle initial: "J." as one token, or the letter of "J" + ".". */
    private static boolean isInitial(List<Token> tokens, int i) {
        String x = tokens.get(i).text();
        return x.length() == 2 && Character.isUpperCase(x.charAt(0)) && x.charAt(1) == '.'
                || x.length() == 1 && Character.isUpperCase(x.charAt(0)) && initialPeriod(tokens, i + 1);
    }

    /** The period of an initial split from its letter ("J" "."). */
    static boolean initialPeriod(List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size() || !tokens.get(i).text().equals(".")) {
            return false;
        }
        Token letter = tokens.get(i - 1);
        return letter.text().length() == 1 && Character.isUpperCase(letter.text().charAt(0)) && letter.end() == tokens.get(i).begin();
    }

    /** The gender the first word telling one gives ("Mr. Lund", "spokeswoman Ana Ruiz", "Mary Barra"). */
    private void learnGender(ActorRegistry.Draft person, List<Token> tokens) {
        for (Token t : tokens) {
            char g = lexicon.gender(t.text());
            if (g != 0 && person.gender == 0) {
                person.gender = g;
                return;
            }
        }
    }

    private ActorRegistry.Draft gendered(ActorRegistry.Draft person, List<Token> tokens) {
        learnGender(person, tokens);
        return person;
    }

    /** Whether a person may be "he" or "she": not when the name or role says otherwise. */
    private static boolean agrees(ActorRegistry.Draft d, String pronoun) {
        boolean male = pronoun.equals("he") || pronoun.equals("him");
        return d.gender == 0 || d.gender == (male ? 'M' : 'F');
    }

    /** The capitalised organisation head before "of" and a capitalised portfolio ("Department | of Agriculture"), or -1. */
    private int organisationOf(List<Token> core) {
        for (int i = 0; i + 2 < core.size(); i++) {
            if (isCapitalised(core.get(i)) && lexicon.isOrganisationHead(core.get(i)) && core.get(i + 1).lower().equals("of")
                    && core.subList(i + 2, core.size()).stream().allMatch(t -> isCapitalised(t) && !lexicon.isTitleWord(t)
                            || NAME_JOINERS.contains(t.lower()))) {
                return i;
            }
        }
        return -1;
    }

    /** A token of a title or role before a name: "Defense", "Secretary", "of", "Maj.", "Pentagon", "Iraqi". */
    private boolean isRoleToken(Token t) {
        return lexicon.isTitleWord(t) || t.lower().equals("of")
                || gazetteer.byAdjective(t.text()).isPresent() || gazetteer.byName(t.text()).isPresent();
    }

    /**
     * A description whose head is a title or a noun of people and which names no one: "the chief
     * executive", "its spokeswoman", "the harbour master".
     */
    private boolean isRoleDescription(List<Token> described) {
        // the head before a complement: "the mayor | of Westbrook"
        List<Token> tokens = described.subList(0, complementStart(described, lexicon));
        if (tokens.isEmpty()) {
            return false;
        }
        Token head = tokens.get(tokens.size() - 1);
        return !isCapitalised(head) && (lexicon.isTitleWord(head) || lexicon.isPersonNoun(head.text()))
                && tokens.stream().noneMatch(t -> t.isPos("VERB") || t.isPos("PROPN") && !lexicon.isTitleWord(t) && !isRoleToken(t));
    }

    /** Two to five capitalised words, the first a proper noun: "Lars Olsen", "Maria del Carmen Ruiz". */
    private static boolean isPersonName(List<Token> tokens) {
        return tokens.size() >= 2 && tokens.size() <= 5 && tokens.get(0).isPos("PROPN")
                && tokens.stream().allMatch(t -> isCapitalised(t) || NAME_JOINERS.contains(t.lower()) || t.text().equals("."));
    }

    private boolean isRolePhrase(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> lexicon.isTitleWord(t))
                && tokens.stream().noneMatch(t -> t.isPos("VERB"));
    }

    /** The known actor a modifier names ("U.S.", "Pentagon", "Iraqi"), registered; its key or null. */
    private String affiliation(ActorRegistry registry, List<Token> modifiers, Evidence evidence, int offset) {
        for (Token t : modifiers) {
            var entry = gazetteer.byAdjective(t.text()).or(() -> gazetteer.byName(t.text()));
            if (entry.isPresent()) {
                return registry.known(entry.get(), null, evidence, offset).key;
            }
        }
        return null;
    }

    /** Where a post-head complement starts ("office | of …", "sources | familiar with …"), or the size. */
    private static int complementStart(List<Token> tokens, Lexicon lexicon) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token prev = tokens.get(i - 1);
            boolean afterNoun = prev.isPos("NOUN") || prev.isPos("PROPN") || lexicon.isAnonymousHead(prev);
            // "office | of the prime minister", "the Defence Ministry | in Kyiv"; but "Secretary of Defense" is one name
            if (COMPLEMENT_PREPOSITIONS.contains(t.lower()) && afterNoun && (!isCapitalised(prev) || !t.lower().equals("of"))) {
                return i;
            }
            if ((t.isPos("ADJ") && !lexicon.isTitleWord(t) || POSTNOMINAL.contains(t.lower())) && afterNoun
                    && !isCapitalised(t)) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The head: the last noun-like token ("officials" in "U.S. and Iraqi defense officials"). */
    private static int headIndex(List<Token> tokens, Lexicon lexicon) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            String pos = t.pos();
            if (pos.startsWith("NOUN") || pos.startsWith("PROPN") || lexicon.isAnonymousHead(t) || isAcronym(t)
                    || pos.equals("ADJ") && lexicon.isTitleWord(t)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isCompoundAttributionNoun(List<Token> core, int headIndex) {
        return headIndex > 0 && core.get(headIndex).lower().equals("release") && core.get(headIndex - 1).lower().equals("press");
    }

    private static boolean sameHead(String a, String b) {
        if (a == null) {
            return false;
        }
        String x = a.endsWith("s") ? a.substring(0, a.length() - 1) : a;
        String y = b.endsWith("s") ? b.substring(0, b.length() - 1) : b;
        return x.equals(y);
    }

    /** Two or more capital letters and no small ones ("KCNA", "U.N."), not a single initial. */
    static boolean isAcronym(Token t) {
        String x = t.text();
        long capitals = x.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && x.chars().noneMatch(Character::isLowerCase);
    }

    static boolean isCapitalised(Token t) {
        String s = t.text();
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    static List<Token> stripDeterminer(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).isPos("DET") || tokens.get(i).lower().equals("an"))) {
            i++;
        }
        return tokens.subList(i, tokens.size());
    }

    /** The tokens' text as written, with their original spacing. */
    static String text(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(tokens.get(0).text());
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).begin() > tokens.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }
}
