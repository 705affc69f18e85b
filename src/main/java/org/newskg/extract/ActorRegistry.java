package org.newskg.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The actors of one article as they are found, plus the discourse memory that resolves later
 * references: surnames ("Ryder" → Pat Ryder), pronouns ("He emphasised" → the last person),
 * definite descriptions ("the official" → the last unnamed official). One registry per article
 * extraction; it is never shared.
 */
final class ActorRegistry {

    /** An actor under construction. */
    static final class Draft {
        final String key;
        final ActorType type;
        String label;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final String wikidata;
        final boolean anonymous;
        final boolean plural;
        final String head;
        String affiliation;
        /** 'F' or 'M' when the name or a word of address or role tells ("Mary", "Mr.", "spokeswoman"), else 0. */
        char gender;
        Evidence evidence;
        /** Every offset where the actor is mentioned, and where it spoke (discourse memory). */
        final java.util.TreeSet<Integer> mentionedAt = new java.util.TreeSet<>();
        final java.util.TreeSet<Integer> spokeAt = new java.util.TreeSet<>();

        /** The last mention strictly before {@code offset}, or -1. */
        int mentionBefore(int offset) {
            Integer m = mentionedAt.lower(offset);
            return m == null ? -1 : m;
        }

        int spokeBefore(int offset) {
            Integer m = spokeAt.lower(offset);
            return m == null ? -1 : m;
        }

        Draft(String key, ActorType type, String label, String wikidata, boolean anonymous, boolean plural, String head) {
            this.key = key;
            this.type = type;
            this.label = label;
            this.wikidata = wikidata;
            this.anonymous = anonymous;
            this.plural = plural;
            this.head = head;
        }

        /** {@link Names#words} of the label, kept until the label changes (surname matching asks often). */
        private String wordsOf;
        private List<String> labelWords;

        List<String> labelWords() {
            if (wordsOf == null || !wordsOf.equals(label)) {
                labelWords = Names.words(label);
                wordsOf = label;
            }
            return labelWords;
        }

        Actor build() {
            return new Actor(key, type, label, names, roles, wikidata, anonymous, affiliation, evidence);
        }
    }

    private final String articleId;
    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    /** Who put out a document, by its noun and offset ("the government … in a statement"), for "the statement" later. */
    private final Map<String, java.util.TreeMap<Integer, Draft>> issuers = new HashMap<>();

    ActorRegistry(String articleId) {
        this.articleId = articleId;
    }

    String articleId() {
        return articleId;
    }

    List<Actor> actors() {
        return byKey.values().stream().map(Draft::build).toList();
    }

    Draft get(String key) {
        return byKey.get(key);
    }

    /** A known actor from the gazetteer. */
    Draft known(Gazetteer.Entry entry, String surface, Evidence evidence, int offset) {
        Draft d = byKey.computeIfAbsent(entry.key(),
                k -> new Draft(k, entry.type(), entry.label(), entry.wikidata(), false, false, null));
        return seen(d, surface, evidence, offset);
    }

    /** A person by full name; a name that is the surname of a person already seen is that person. */
    Draft person(String name, Evidence evidence, int offset) {
        Draft earlier = surnameMatch(name);
        if (earlier != null) {
            return seen(earlier, name, evidence, offset);
        }
        String key = "person/" + Names.slug(name);
        Draft d = byKey.get(key);
        if (d == null) {
            d = new Draft(key, ActorType.PERSON, name, null, false, false, null);
            List<String> nameWords = Names.words(name);
            // A full name seen after a bare surname ("Ryder …" then "Pat Ryder") takes it over.
            for (Draft shorter : List.copyOf(byKey.values())) {
                if (shorter.type == ActorType.PERSON && !shorter.anonymous && Names.isSurnameOf(shorter.labelWords(), nameWords)) {
                    byKey.remove(shorter.key);
                    d.names.addAll(shorter.names);
                    d.roles.addAll(shorter.roles);
                    d.evidence = shorter.evidence;
                    aliasesOfRemoved.put(shorter.key, key);
                }
            }
            byKey.put(key, d);
        }
        return seen(d, name, evidence, offset);
    }

    private final Map<String, String> aliasesOfRemoved = new LinkedHashMap<>();

    /** The current key of an actor whose key may have been taken over by a fuller name. */
    String currentKey(String key) {
        String k = key;
        while (aliasesOfRemoved.containsKey(k)) {
            k = aliasesOfRemoved.get(k);
        }
        return k;
    }

    private Draft surnameMatch(String name) {
        Draft best = null;
        List<String> nameWords = null;
        for (Draft d : byKey.values()) {
            if (d.type != ActorType.PERSON || d.anonymous) {
                continue;
            }
            if (nameWords == null) {
                nameWords = Names.words(name);
            }
            if (Names.isSurnameOf(nameWords, d.labelWords())) {
                if (best == null || d.mentionedAt.last() > best.mentionedAt.last()) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** A named person of this article whose full name or surname this is, or null (registers nothing). */
    Draft knownPerson(String name) {
        List<String> words = Names.words(name);
        if (words.isEmpty()) {
            return null;
        }
        for (Draft d : byKey.values()) {
            if (d.type == ActorType.PERSON && !d.anonymous && (d.labelWords().equals(words) || Names.isSurnameOf(words, d.labelWords()))) {
                return d;
            }
        }
        return null;
    }

    /** Sentence start offset → the key of the person the sentence opens with ("" when none). */
    private final java.util.TreeMap<Integer, String> topics = new java.util.TreeMap<>();

    void topic(int sentenceBegin, Draft person) {
        topics.put(sentenceBegin, person == null ? "" : person.key);
    }

    /** The person the sentence just before the one starting at {@code sentenceBegin} opens with, or null. */
    Draft previousTopic(int sentenceBegin) {
        var e = topics.lowerEntry(sentenceBegin);
        return e == null || e.getValue().isEmpty() ? null : byKey.get(currentKey(e.getValue()));
    }

    /** Where the sentence holding {@code offset} starts, or {@code offset} when no sentence is known there. */
    int sentenceBeginAt(int offset) {
        Integer k = topics.floorKey(offset);
        return k == null ? offset : k;
    }

    /** Where the sentence before the one starting at {@code sentenceBegin} starts, or -1. */
    int previousSentenceBegin(int sentenceBegin) {
        Integer k = topics.lowerKey(sentenceBegin);
        return k == null ? -1 : k;
    }

    /** An organisation (or a body of a country: "the U.S. military") named by a phrase. */
    Draft organization(String label, String head, String affiliation, Evidence evidence, int offset) {
        for (Draft named : byKey.values()) {
            if (named.type != ActorType.PERSON && named.names.contains(label)) {
                return seen(named, label, evidence, offset); // "IGC" after "the International Grains Council (IGC)"
            }
        }
        String key = affiliation != null && head != null ? affiliation + "/" + Names.slug(head) : "org/" + Names.slug(label);
        Draft d = byKey.computeIfAbsent(key, k -> new Draft(k, ActorType.ORGANIZATION, label, null, false, false, head));
        d.affiliation = affiliation;
        return seen(d, label, evidence, offset);
    }

    /** An unnamed person described by role ("Iraq’s foreign minister"). */
    Draft roleHolder(String label, String head, String affiliation, Evidence evidence, int offset) {
        String key = "role/" + Names.slug(label);
        Draft d = byKey.computeIfAbsent(key, k -> new Draft(k, ActorType.PERSON, label, null, false, false, head));
        d.roles.add(label);
        d.affiliation = affiliation;
        return seen(d, label, evidence, offset);
    }

    /** A country's armed forces ("U.S. troops", "American forces", "the U.S. military"). */
    Draft armedForces(Gazetteer.Entry country, String surface, Evidence evidence, int offset) {
        known(country, null, evidence, offset);
        String key = country.key() + "/armed-forces";
        Draft d = byKey.computeIfAbsent(key, k -> new Draft(k, ActorType.MILITARY_UNIT, country.label() + " Armed Forces",
                null, false, true, "forces"));
        d.affiliation = country.key();
        return seen(d, surface, evidence, offset);
    }

    /** The armed forces of a country already in this registry ("the U.S. military", a country striking). */
    Draft armedForcesOf(Draft country, String surface, Evidence evidence, int offset) {
        return armedForces(new Gazetteer.Entry(country.key, country.type, country.label, country.wikidata), surface, evidence, offset);
    }

    /** Armed groups backed by a country, named collectively ("Iranian-backed militias", "Iranian proxy groups"). */
    Draft backedGroups(Gazetteer.Entry country, String surface, Evidence evidence, int offset) {
        known(country, null, evidence, offset);
        String key = country.key() + "/backed-armed-groups";
        Draft d = byKey.computeIfAbsent(key, k -> new Draft(k, ActorType.ARMED_GROUP, country.label() + "-backed armed groups",
                null, false, true, "groups"));
        relate(key, ActorRelation.Kind.BACKED_BY, country.key());
        return seen(d, surface, evidence, offset);
    }

    /** A unit of armed forces stationed in a place. */
    Draft deployment(Draft forces, Draft place, Evidence evidence, int offset) {
        String key = forces.key + "/in/" + place.key.replace('/', '-');
        Draft d = byKey.computeIfAbsent(key, k -> new Draft(k, ActorType.MILITARY_UNIT, forces.label + " in " + place.label,
                null, false, true, "forces"));
        relate(key, ActorRelation.Kind.PART_OF, forces.key);
        return seen(d, null, evidence, offset);
    }

    private final Set<ActorRelation> relations = new java.util.LinkedHashSet<>();

    void relate(String subject, ActorRelation.Kind kind, String object) {
        if (!subject.equals(object)) {
            relations.add(new ActorRelation(subject, kind, object));
        }
    }

    List<ActorRelation> relations() {
        return relations.stream().map(r -> new ActorRelation(currentKey(r.subject()), r.kind(), currentKey(r.object()))).distinct().toList();
    }

    /** An anonymous source ("a senior defense official"); scoped to this article. */
    Draft anonymous(String label, String head, boolean plural, String affiliation, Evidence evidence, int offset) {
        String key = "anon/" + articleId + "/" + Names.slug(label);
        Draft d = byKey.computeIfAbsent(key,
                k -> new Draft(k, ActorType.PERSON, label, null, true, plural, head.toLowerCase(Locale.ROOT)));
        d.affiliation = affiliation;
        return seen(d, label, evidence, offset);
    }

    /** {@code actor} put out a document named by {@code noun} ("statement") at {@code offset}. */
    void issued(String noun, Draft actor, int offset) {
        issuers.computeIfAbsent(noun, k -> new java.util.TreeMap<>()).put(offset, actor);
    }

    /** Who put out the last document named by {@code noun} before {@code offset}, or null. */
    Draft issuerBefore(String noun, int offset) {
        var byOffset = issuers.get(noun);
        var last = byOffset == null ? null : byOffset.lowerEntry(offset);
        return last == null ? null : last.getValue();
    }

    /** The actor satisfying the test whose first mention in {@code [from, to)} comes first, or null. */
    Draft firstMentionBetween(int from, int to, Predicate<Draft> test) {
        Draft best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Draft d : byKey.values()) {
            Integer at = d.mentionedAt.ceiling(from);
            if (at != null && at < to && at < bestAt && test.test(d)) {
                best = d;
                bestAt = at;
            }
        }
        return best;
    }

    /** The last actor before {@code offset} that satisfies the test (discourse order), or null. */
    Draft lastBefore(int offset, Predicate<Draft> test) {
        Draft best = null;
        for (Draft d : byKey.values()) {
            int at = d.mentionBefore(offset);
            if (at >= 0 && test.test(d) && (best == null || at > best.mentionBefore(offset))) {
                best = d;
            }
        }
        return best;
    }

    /** The last named person before {@code offset} whose role ends with this title ("the Secretary"), or null. */
    Draft titleHolderBefore(int offset, String title) {
        return lastBefore(offset, d -> d.type == ActorType.PERSON && !d.anonymous
                && d.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).endsWith(title)));
    }

    /** The last speaker before {@code offset} that satisfies the test, or null. */
    Draft lastSpeakerBefore(int offset, Predicate<Draft> test) {
        Draft best = null;
        for (Draft d : byKey.values()) {
            int at = d.spokeBefore(offset);
            if (at >= 0 && test.test(d) && (best == null || at > best.spokeBefore(offset))) {
                best = d;
            }
        }
        return best;
    }

    Draft mentioned(Draft d, String surface, Evidence evidence, int offset) {
        return seen(d, surface, evidence, offset);
    }

    void spoke(Draft d, int offset) {
        d.spokeAt.add(offset);
    }

    private static Draft seen(Draft d, String surface, Evidence evidence, int offset) {
        if (surface != null && !surface.isBlank()) {
            d.names.add(surface.replace('\u00A0', ' ').strip()); // a no-break space is a space in a name
        }
        if (d.evidence == null) {
            d.evidence = evidence;
        }
        if (offset >= 0) {
            d.mentionedAt.add(offset);
        }
        return d;
    }

}
