package org.newskg.extract;

import java.util.List;

/**
 * An agreement as one article reports it: the parties (actor keys), what it establishes (an
 * actor key: "a Higher Military Commission"), its purpose, date (a day or month; or the period it
 * falls in, a {@link org.newskg.time.Season} or {@link org.newskg.time.YearValue}, when that is all the
 * article says) and evidence. The key is built
 * from parties and what it establishes, so reports in several articles meet in one node.
 */
public record AgreementFact(String key, String label, List<String> parties, String establishes, String purpose,
        StatementDate date, Evidence evidence) {

    public AgreementFact {
        parties = List.copyOf(parties);
    }
}
