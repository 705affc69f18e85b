package org.newskg.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary constants for the newskg ontology ({@code ontology/newskg.ttl}),
 * in the style of {@link org.apache.jena.vocabulary.DCTerms}.
 *
 * <p>One constant per term; the Java name equals the term's local name.
 * Classes are {@link Resource}s, object and datatype properties are
 * {@link Property}s. {@code VocabularyTest} checks that this class and the
 * ontology agree in both directions, so a term added to one must be added to
 * the other.
 */
public final class NKG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newskg/ontology#";

    /** The ontology IRI (the namespace without its trailing '#'). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/newskg/ontology";

    /** @return the namespace URI */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // ---------------------------------------------------------------- classes

    /** Anyone who can speak, act or be acted upon in the news: a person, organisation, state, armed group or military unit. */
    public static final Resource Actor = resource("Actor");

    /** An individual human being, named or anonymous (e.g. 'a senior official'). */
    public static final Resource Person = resource("Person");

    /** An organisation such as a ministry, agency, international body, company or party. */
    public static final Resource Organization = resource("Organization");

    /** A news organisation (agency, newspaper, broadcaster) that publishes or relays claims. */
    public static final Resource NewsOutlet = resource("NewsOutlet");

    /** A sovereign state acting as an actor, i.e. the state or its government; may also serve as a place. */
    public static final Resource Country = resource("Country");

    /** A non-state armed organisation such as a militia, insurgent or militant group. */
    public static final Resource ArmedGroup = resource("ArmedGroup");

    /** A military formation, command or contingent (e.g. a brigade, task force or combatant command). */
    public static final Resource MilitaryUnit = resource("MilitaryUnit");

    /** Something that happened (or is reported to have happened) at a time and place, as described in an article. */
    public static final Resource Event = resource("Event");

    /** A violent action by an agent against a target. PLOVER ASSAULT; CAMEO 18 (Assault) and 19 (Fight). */
    public static final Resource Attack = resource("Attack");

    /** An attack delivered from the air by aircraft, missiles or drones. CAMEO 195 (Employ aerial weapons). */
    public static final Resource Airstrike = resource("Airstrike");

    /** An airstrike carried out by an unmanned aerial vehicle. */
    public static final Resource DroneStrike = resource("DroneStrike");

    /** A meeting, negotiation round or dialogue between two or more actors. PLOVER CONSULT; CAMEO 046 (Engage in negotiation). */
    public static final Resource Talks = resource("Talks");

    /** A formal public announcement or decision by an actor. CAMEO 01 (Make public statement). */
    public static final Resource Announcement = resource("Announcement");

    /** The withdrawal or drawdown of forces or personnel from a place. PLOVER RETREAT; CAMEO 0874 (Retreat or surrender militarily). */
    public static final Resource Withdrawal = resource("Withdrawal");

    /** The seizure or attempted seizure of state power by force or by the military. No CAMEO/PLOVER event category (a coup is a regime change in their terms). */
    public static final Resource Coup = resource("Coup");

    /** A demonstration, rally or other public protest. PLOVER PROTEST; CAMEO 14 (Protest). */
    public static final Resource Protest = resource("Protest");

    /** A telephone or video call between actors. PLOVER CONSULT; CAMEO 041 (Discuss by telephone). */
    public static final Resource Call = resource("Call");

    /** A visit by an actor to a place or to another actor. PLOVER CONSULT; CAMEO 042 (Make a visit) and 043 (Host a visit). */
    public static final Resource Visit = resource("Visit");

    /** Sanctions, a ban or an embargo imposed on an actor, or their lifting. PLOVER SANCTION; CAMEO 163 (Impose embargo, boycott, or sanctions). */
    public static final Resource Sanction = resource("Sanction");

    /** The release or exchange of detained persons. PLOVER CONCEDE; CAMEO 0841 (Return, release person(s)). */
    public static final Resource Release = resource("Release");

    /** A formal declaration: of a disaster, of mourning, of an emergency or a legal determination. */
    public static final Resource Declaration = resource("Declaration");

    /** The arrest, detention or imprisonment of a person. PLOVER COERCE; CAMEO 173 (Arrest, detain, or charge with legal action). */
    public static final Resource Arrest = resource("Arrest");

    /** A criminal or civil trial before a court. */
    public static final Resource Trial = resource("Trial");

    /** A court's ruling, conviction or acquittal. */
    public static final Resource Verdict = resource("Verdict");

    /** The sentencing of a convicted person by a court. */
    public static final Resource Sentencing = resource("Sentencing");

    /** A lawsuit filed by one actor against another. CAMEO 115 (Bring lawsuit against). */
    public static final Resource Lawsuit = resource("Lawsuit");

    /** An election or referendum; its agent is the winner when known, its target the office. */
    public static final Resource Election = resource("Election");

    /** A vote of a legislature or other body on a bill or motion. */
    public static final Resource Vote = resource("Vote");

    /** The appointment of a person to a post. */
    public static final Resource Appointment = resource("Appointment");

    /** A person's resignation or stepping down from a post. */
    public static final Resource Resignation = resource("Resignation");

    /** The dismissal of a person from a post. */
    public static final Resource Dismissal = resource("Dismissal");

    /** A natural disaster: earthquake, flood, storm, tsunami, wildfire. */
    public static final Resource Disaster = resource("Disaster");

    /** An accident: a crash, stampede, collapse or derailment. */
    public static final Resource Accident = resource("Accident");

    /** An outbreak of a disease. */
    public static final Resource Outbreak = resource("Outbreak");

    /** A company's bankruptcy or insolvency filing. */
    public static final Resource Bankruptcy = resource("Bankruptcy");

    /** The acquisition of, merger with or purchase of a company or stake. */
    public static final Resource Acquisition = resource("Acquisition");

    /** Job cuts or layoffs announced or carried out by an employer. */
    public static final Resource Layoff = resource("Layoff");

    /** A labour strike or work stoppage (not a military strike: see nkg:Airstrike). */
    public static final Resource Strike = resource("Strike");

    /** The launch or release of a product, book or programme. */
    public static final Resource Launch = resource("Launch");

    /** A move of a market index, share price or currency by a stated figure. */
    public static final Resource MarketMove = resource("MarketMove");

    /** The death of a person (a killing in an attack is told by the attack). */
    public static final Resource Death = resource("Death");

    /** A ceremony, award presentation or festival opening. */
    public static final Resource Ceremony = resource("Ceremony");

    /** A sports competition or contest and its result. */
    public static final Resource Competition = resource("Competition");

    /** The event of concluding or signing an agreement between parties. PLOVER AGREE; CAMEO 057 (Sign formal agreement). */
    public static final Resource AgreementSigning = resource("AgreementSigning");

    /** A claim attributed to a speaker in an article: who said what, when, and through whom it was reported. */
    public static final Resource Statement = resource("Statement");

    /** An agreement, deal, ceasefire or memorandum between two or more parties. */
    public static final Resource Agreement = resource("Agreement");

    /** A news article read by the pipeline; the source every extracted node is derived from. */
    public static final Resource Article = resource("Article");

    /** A sentence of an article, with character offsets into the article text, that supports an extracted node. */
    public static final Resource EvidenceSpan = resource("EvidenceSpan");

    // ---------------------------------------------------------------- object properties

    /** The actor to whom the statement is attributed. */
    public static final Property speaker = property("speaker");

    /** A node (actor, event, agreement ...) the statement is about. */
    public static final Property about = property("about");

    /** The outlet or intermediary through which the claim is cited (e.g. 'according to Reuters'). */
    public static final Property reportedBy = property("reportedBy");

    /** The evidence span (sentence) from which an extracted node was derived. */
    public static final Property evidence = property("evidence");

    /** The clearest of an event's evidence spans (also an nkg:evidence), the one a timeline shows. */
    public static final Property primaryEvidence = property("primaryEvidence");

    /** The actor belongs to, works for or represents another actor (e.g. a spokesperson and a ministry). */
    public static final Property affiliatedWith = property("affiliatedWith");

    /** The actor that carried out or initiated the event. */
    public static final Property agent = property("agent");

    /** The actor, place or object the event was directed at. */
    public static final Property target = property("target");

    /** Where the event took place: a country (as actor) or another place. */
    public static final Property place = property("place");

    /** The country in which the military unit is based or deployed. */
    public static final Property stationedIn = property("stationedIn");

    /** The larger force, coalition or state the military unit belongs to. */
    public static final Property partOf = property("partOf");

    /** The actor is supported, armed or sponsored by another actor (e.g. an armed group and its state sponsor). */
    public static final Property backedBy = property("backedBy");

    /** An actor that is a party to the agreement. */
    public static final Property party = property("party");

    /** Something the agreement creates or sets up (e.g. a commission, a withdrawal, a ceasefire line). */
    public static final Property establishes = property("establishes");

    /** The node (actor, event, agreement, deployment) that stands for this one across articles, set by cross-article resolution (with nkg:mergeReason). */
    public static final Property canonical = property("canonical");

    /** Records an explainable cross-article merge of two actor nodes judged to denote the same actor (see nkg:mergeReason). */
    public static final Property mergedWith = property("mergedWith");

    // ---------------------------------------------------------------- datatype properties

    /** The content of the claim: the quotation (direct) or the reported proposition (indirect). */
    public static final Property text = property("text");

    /** How the claim is reported: "direct" (quotation) or "indirect" (reported speech). */
    public static final Property mode = property("mode");

    /** The lemma of the verb introducing the claim (e.g. 'say', 'warn', 'deny'). */
    public static final Property reportingVerb = property("reportingVerb");

    /** When the statement was made or the event happened, as xsd:date or xsd:gYearMonth. */
    public static final Property date = property("date");

    /** Name of the date-resolution rule that produced nkg:date (e.g. 'weekday-before-publication'). */
    public static final Property dateRule = property("dateRule");

    /** First month of the period an article dates something by when it gives no day or month ("last summer"); with nkg:notAfter. */
    public static final Property notBefore = property("notBefore");

    /** Last month of the period an article dates something by when it gives no day or month; with nkg:notBefore. */
    public static final Property notAfter = property("notAfter");

    /** On a canonical node: the most precise date every linked report allows (absent when they disagree). */
    public static final Property linkedDate = property("linkedDate");

    /** How nkg:linkedDate was decided, listing each report's date, or why there is none. */
    public static final Property linkedDateRule = property("linkedDateRule");

    /** On the resolution graph: how many articles the store held when its links were computed. */
    public static final Property resolvedArticles = property("resolvedArticles");

    /** What the date was resolved against (e.g. the article's publication date or an explicit date in the text). */
    public static final Property dateAnchor = property("dateAnchor");

    /** Title or role of the actor as given in the text (e.g. 'Defense Secretary', 'spokesperson'). */
    public static final Property role = property("role");

    /**
     * A look-up key of the actor's names: a run of one or two consecutive words of one of its
     * names, lower-cased (see {@link NameKeys}); lets queries find an actor by name through an index.
     */
    public static final Property nameKey = property("nameKey");

    /** True when the actor is an unnamed source (e.g. 'a U.S. official'). */
    public static final Property anonymous = property("anonymous");

    /** Why a node was linked to its canonical node across articles; accompanies nkg:canonical. */
    public static final Property mergeReason = property("mergeReason");

    /** The text of the evidence sentence, exactly as it appears in the article. */
    public static final Property sentence = property("sentence");

    /** Zero-based position of the sentence within the article. */
    public static final Property sentenceIndex = property("sentenceIndex");

    /** Character offset in the article text where the span begins (inclusive, zero-based). */
    public static final Property beginIndex = property("beginIndex");

    /** Character offset in the article text where the span ends (exclusive). */
    public static final Property endIndex = property("endIndex");

    /** A number reported for the node (e.g. number of strikes, troops withdrawn). */
    public static final Property count = property("count");

    /** Hedge attached to a reported number (e.g. 'more than', 'at least', 'about'). */
    public static final Property countQualifier = property("countQualifier");

    /** Where an armed group or unit operates, as the text says ("militias in Iraq"). */
    public static final Property operatesIn = property("operatesIn");

    /** A scheduled meeting, summit or named dialogue session, with a date of its own. */
    public static final Resource Meeting = resource("Meeting");

    /** Start of the span an aggregate event counts over: xsd:date or xsd:gYearMonth. */
    public static final Property since = property("since");

    /** Number of people the report says the event killed. */
    public static final Property killed = property("killed");

    /** Number of people the report says the event injured or wounded. */
    public static final Property injured = property("injured");

    /** A named person killed or injured in the event. */
    public static final Property victim = property("victim");

    /** Number of people reported killed or wounded in the event. */
    public static final Property casualties = property("casualties");

    /** Reported number of personnel in the military unit. */
    public static final Property strength = property("strength");

    /** Stated purpose or mission (e.g. of a deployment, talks or agreement). */
    public static final Property purpose = property("purpose");

    /** Reported status (e.g. 'planned', 'ongoing', 'completed', 'signed'). */
    public static final Property status = property("status");

    /**
     * Every subclass of {@link #Event} the ontology declares, at any depth (a test keeps this in
     * step with {@code ontology/newskg.ttl}): what an event's own class can be.
     */
    public static final List<Resource> EVENT_SUBCLASSES = List.of(Attack, Airstrike, DroneStrike, Talks, Meeting, Announcement,
            Withdrawal, AgreementSigning, Coup, Protest, Call, Visit, Sanction, Release, Declaration, Arrest, Trial, Verdict, Sentencing, Lawsuit, Election, Vote, Appointment, Resignation, Dismissal, Disaster, Accident, Outbreak, Bankruptcy, Acquisition, Layoff, Strike, Launch, MarketMove, Death, Ceremony, Competition);

    private NKG() {
    }
}
