package org.newskg.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryCatalog;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.KgStore;

/** Runs the bundled who-said-what query on a store and scores it against a gold file. */
public final class Evaluation {

    private Evaluation() {
    }

    public static StatementScore.Result statements(KgStore store, Path goldFile) throws IOException {
        return StatementScore.score(GoldStatement.read(goldFile), whoSaidWhat(store));
    }

    /** The who-said-what rows of the store, read back from the query's CSV (exactly what users get). */
    public static List<SystemStatement> whoSaidWhat(KgStore store) throws IOException {
        NamedQuery q = QueryCatalog.bundled("who-said-what").orElseThrow();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QueryRunner.run(store, q, Map.of(), ResultFormat.CSV, csv);
        List<SystemStatement> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(new StringReader(csv.toString(StandardCharsets.UTF_8)))) {
            rows.add(new SystemStatement(r.get("document"), r.get("speaker"), r.get("statement"), r.get("date")));
        }
        return rows;
    }
}
