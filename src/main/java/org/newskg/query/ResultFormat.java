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

    /**
     * Rows whose cells set the column widths. The table prints them, then streams the rest with
     * the same widths, so that a listing query over a large store (a million statements) is
     * printed with the memory of these rows, not of the whole result.
     */
    static final int TABLE_SAMPLE_ROWS = 1000;

    /**
     * Plain values (labels and text, not N-Triples syntax), columns padded to the widest cell of
     * the first {@link #TABLE_SAMPLE_ROWS} rows, long cells cut (a later cell wider than its column
     * is cut to the column's width).
     */
    private static void table(ResultSet results, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> sample = new ArrayList<>();
        while (sample.size() < TABLE_SAMPLE_ROWS && results.hasNext()) {
            sample.add(cells(results.next(), vars));
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
            for (String[] r : sample) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.println(line(vars.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        p.println(rule);
        sample.forEach(r -> p.println(line(r, width)));
        long rows = sample.size();
        sample.clear();
        while (results.hasNext()) {
            p.println(line(cells(results.next(), vars), width));
            rows++;
        }
        p.println("(" + rows + " row" + (rows == 1 ? "" : "s") + ")");
        p.flush();
    }

    private static String[] cells(QuerySolution s, List<String> vars) {
        String[] row = new String[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            row[i] = cell(s.get(vars.get(i)));
        }
        return row;
    }

    private static final int MAX_CELL = 80;

    private static String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        String v = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        v = v.replaceAll("\\s+", " ");
        return cut(v, MAX_CELL);
    }

    /** The text, or its first {@code width - 1} characters and "…" when it is longer than width (at least 1). */
    private static String cut(String v, int width) {
        return v.length() > width ? v.substring(0, width - 1) + "…" : v;
    }

    /** One row: every column but the last padded (or cut) to its width; the last is not padded. */
    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : " | ");
            if (i == cells.length - 1) {
                b.append(cells[i]);
            } else {
                String cell = cut(cells[i], width[i]);
                b.append(cell).append(" ".repeat(width[i] - cell.length()));
            }
        }
        return b.toString();
    }
}
