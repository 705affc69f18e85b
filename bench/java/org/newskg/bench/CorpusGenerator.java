package org.newskg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes a synthetic news corpus as JSON Lines: articles of about 400 tokens with attributed
 * statements (quotes, reported speech, "according to"), dates, countries, organisations and many
 * different people, so the store grows as real news would (new speakers keep appearing, some recur).
 * Deterministic: article n is the same in every corpus size, so 1k is a prefix of 10k.
 */
final class CorpusGenerator {

    static final List<String> FIRST = words("""
            James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph
            Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra
            Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Dorothy Kevin Carol Brian Amanda
            George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob
            Kathleen Gary Amy Nicholas Shirley Eric Angela Jonathan Helen Stephen Anna Larry Brenda Justin Pamela Scott
            Nicole Brandon Emma Benjamin Samantha Samuel Katherine Gregory Christine Frank Debra Alexander Rachel Raymond
            Catherine Patrick Carolyn Jack Janet Dennis Ruth Jerry Maria Tyler Heather Aaron Diane Jose Virginia Adam Julie
            Henry Joyce Nathan Victoria Douglas Olivia Zachary Kelly Peter Christina Kyle Lauren Walter Joan Ethan Evelyn
            Jeremy Judith Harold Megan Keith Cheryl Christian Andrea Roger Hannah Noah Martha Gerald Jacqueline Carl Frances
            Ahmed Fatima Mohammed Aisha Hassan Leila Omar Yasmin Ali Zainab Karim Nadia Tariq Samira Ivan Olga Dmitri
            Natalia Sergei Irina Wei Mei Jun Li Hiroshi Yuki Kenji Sakura Raj Priya Arjun Ananya Carlos Sofia Miguel
            Lucia Pierre Camille Hans Greta Lars Ingrid Marco Giulia Pedro Ana Kwame Amara Chidi Ngozi Tomasz Agnieszka""");
    static final List<String> LAST = words("""
            Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
            Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
            Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
            Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
            Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
            Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
            Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
            Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole
            Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison
            Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford
            Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner
            Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols
            Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters
            Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray
            Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval
            Haddad Khalil Nasser Rahman Hussein Karimi Petrov Ivanov Volkov Sokolov Wang Zhang Liu Tanaka Suzuki Sato
            Sharma Gupta Singh Rossi Bianchi Dubois Lefebvre Muller Schneider Fischer Weber Larsen Nielsen Kowalski
            Nowak Okafor Mensah Mwangi Adeyemi Costa Oliveira Pereira Novak Horvat Popescu Yilmaz Demir Kaya""");
    static final List<String> TITLES = words("""
            Minister|Defense_Minister|Foreign_Minister|Finance_Minister|Senator|Governor|Mayor|Ambassador|General|Colonel|
            President|Prime_Minister|spokesman|spokeswoman|Commissioner|Secretary|Chancellor|Judge|Director""".replace('|', ' '))
            .stream().map(s -> s.replace('_', ' ')).toList();
    static final List<String> COUNTRIES = words("""
            France Germany Iraq Iran Japan China India Brazil Canada Mexico Egypt Turkey Poland Italy Spain Kenya Nigeria
            Ukraine Russia Israel Jordan Syria Lebanon Qatar Pakistan Indonesia Australia Argentina Chile Colombia Peru
            Sweden Norway Finland Denmark Greece Portugal Austria Hungary Romania Vietnam Thailand Malaysia Morocco Algeria
            Ethiopia Ghana Tanzania Uganda Senegal Angola""");
    static final List<String> OUTLETS = List.of("Reuters", "the BBC", "CNN", "the Associated Press", "Al Jazeera",
            "The New York Times", "The Guardian", "Bloomberg");
    static final List<String> ORGS = List.of("the United Nations", "NATO", "the European Union", "the World Bank",
            "the International Monetary Fund", "the World Health Organization", "the Red Cross", "the African Union");
    static final List<String> CITIES = words("""
            Paris Berlin Baghdad Tehran Tokyo Beijing Delhi Brasilia Ottawa Cairo Ankara Warsaw Rome Madrid Nairobi Lagos
            Kyiv Moscow Amman Doha Islamabad Jakarta Canberra Santiago Bogota Lima Stockholm Oslo Athens Lisbon Vienna""");
    static final List<String> NOUNS = words("""
            talks agreement budget election ceasefire investigation reform tariffs pipeline treaty vaccine program deal
            strike protest summit sanctions report inquiry bridge railway port dam reactor contract loan aid convoy
            exercise deployment bill plan law policy court ruling trial merger outbreak drought harvest storm flood""");
    static final List<String> VERBS = words("""
            resume collapse continue expand end begin stall succeed fail proceed improve worsen pass stabilise recover""");
    static final List<String> WHEN = List.of("next week", "in the coming days", "by the end of the year", "this month",
            "soon", "before the summer", "within weeks", "after the holidays", "next month", "later this year");
    static final List<String> REPORT = List.of("said", "said", "said", "told reporters", "stated", "added", "warned",
            "announced", "argued", "noted");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    static final List<String> ADJ = words("""
            economic political military diplomatic regional national local international financial humanitarian
            technical legal environmental public private senior joint new major key""");

    private CorpusGenerator() {
    }

    private static List<String> words(String s) {
        return List.of(s.trim().split("\\s+"));
    }

    /** Writes articles 0..n-1 to {@code file}; returns the file. */
    static Path write(Path file, int n) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(article(i).toString().replaceAll("\\s*\n\\s*", " "));
                out.write('\n');
            }
        }
        return Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static JsonObject article(int i) {
        SplittableRandom r = new SplittableRandom(0x5eed_0000L + i);
        LocalDate published = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365));
        String country = pick(r, COUNTRIES);
        String other = pick(r, COUNTRIES);
        String topic = pick(r, NOUNS);
        // Speakers: a Zipf-like mix of recurring and new people (the store keeps growing).
        String[] speakers = new String[4];
        for (int k = 0; k < speakers.length; k++) {
            int pool = r.nextInt(4) == 0 ? 200 : 1 + i * 3 + k;
            int p = r.nextInt(Math.max(1, pool));
            speakers[k] = FIRST.get(p % FIRST.size()) + " " + LAST.get(p / FIRST.size() % LAST.size());
        }
        StringBuilder t = new StringBuilder();
        String headline = cap(country) + " and " + other + " " + pick(r, VERBS) + " " + topic + " " + pick(r, WHEN);
        t.append(headline).append('\n');
        for (int para = 0; para < 7; para++) {
            for (int s = 0; s < 3; s++) {
                t.append(sentence(r, speakers, country, other, topic, published)).append(' ');
            }
            t.setLength(t.length() - 1);
            t.append('\n');
        }
        JsonObject o = new JsonObject();
        o.put("id", String.format("gen-%07d", i));
        o.put("title", headline);
        o.put("publisher", pick(r, OUTLETS).replace("the ", "").replace("The ", "The "));
        o.put("published", published.toString());
        o.put("url", "https://news.example/" + published + "/" + i);
        o.put("text", t.toString());
        return o;
    }

    private static String sentence(SplittableRandom r, String[] speakers, String country, String other, String topic,
            LocalDate published) {
        String who = speakers[r.nextInt(speakers.length)];
        String title = pick(r, TITLES);
        String surname = who.substring(who.indexOf(' ') + 1);
        String claim = claim(r, country, other, topic);
        switch (r.nextInt(9)) {
            case 0:
                return country + "'s " + title + " " + who + " " + pick(r, REPORT) + " on " + pick(r, WEEKDAYS) + " that " + claim + ".";
            case 1:
                return "“" + cap(claim) + ",” " + who + " said.";
            case 2:
                return cap(claim) + ", according to " + pick(r, OUTLETS) + ".";
            case 3:
                return surname + " told reporters in " + pick(r, CITIES) + " that " + claim + ".";
            case 4:
                return "“" + cap(claim) + ". We will not accept any delay,” said " + who + ", a " + pick(r, ADJ) + " "
                        + title.toLowerCase() + " in " + country + ".";
            case 5:
                return cap(pick(r, ORGS)) + " " + pick(r, REPORT) + " that " + claim + ".";
            case 6:
                return "On " + pick(r, MONTHS) + " " + (1 + r.nextInt(28)) + ", " + (published.getYear() - r.nextInt(2))
                        + ", officials from " + country + " and " + other + " met in " + pick(r, CITIES) + " to discuss the "
                        + pick(r, ADJ) + " " + topic + " and " + (2 + r.nextInt(40)) + " related " + pick(r, NOUNS) + "s.";
            case 7:
                return "More than " + (10 + r.nextInt(5000)) + " people attended the " + pick(r, ADJ) + " " + pick(r, NOUNS)
                        + " in " + pick(r, CITIES) + ", where the " + pick(r, ADJ) + " " + topic + " was expected to "
                        + pick(r, VERBS) + " " + pick(r, WHEN) + ".";
            default:
                return "The " + pick(r, ADJ) + " " + pick(r, NOUNS) + " between " + country + " and " + other
                        + " has been under pressure since " + pick(r, MONTHS) + ", with the " + pick(r, ADJ) + " "
                        + pick(r, NOUNS) + " and the " + pick(r, NOUNS) + " still unresolved.";
        }
    }

    private static String claim(SplittableRandom r, String country, String other, String topic) {
        switch (r.nextInt(4)) {
            case 0:
                return "the " + pick(r, ADJ) + " " + topic + " with " + other + " would " + pick(r, VERBS) + " " + pick(r, WHEN);
            case 1:
                return country + " was ready to " + pick(r, VERBS) + " the " + pick(r, ADJ) + " " + pick(r, NOUNS)
                        + " if " + other + " agreed to the " + pick(r, NOUNS);
            case 2:
                return "the government expects the " + pick(r, NOUNS) + " to cost about " + (1 + r.nextInt(900))
                        + " million dollars over " + (2 + r.nextInt(9)) + " years";
            default:
                return "there was no " + pick(r, ADJ) + " reason to delay the " + topic + " any longer";
        }
    }

    private static String pick(SplittableRandom r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
