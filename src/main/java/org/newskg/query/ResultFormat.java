package org.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;

/** How query results are printed: an aligned table for people, CSV/TSV/JSON for programs. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public void write(ResultSet results, OutputStream out) {
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TABLE -> table(results, out);
        }
    }

    /** Plain values (labels and text, not N-Triples syntax), columns padded, long cells cut. */
    private static void table(ResultSet results, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = cell(s.get(vars.get(i)));
            }
            rows.add(row);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        p.println(line(vars.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        p.println(rule);
        rows.forEach(r -> p.println(line(r, width)));
        p.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
        p.flush();
    }

    private static final int MAX_CELL = 80;

    private static String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        String v = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        v = v.replaceAll("\\s+", " ");
        return v.length() > MAX_CELL ? v.substring(0, MAX_CELL - 1) + "…" : v;
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : " | ");
            b.append(i == cells.length - 1 ? cells[i] : String.format("%-" + width[i] + "s", cells[i]));
        }
        return b.toString();
    }
}
