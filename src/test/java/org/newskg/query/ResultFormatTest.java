package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** The text table printed for people, on results smaller and larger than the rows that set its widths. */
class ResultFormatTest {

    private static final Var SPEAKER = Var.alloc("speaker");
    private static final Var STATEMENT = Var.alloc("statement");

    private static Binding row(String speaker, String statement) {
        return BindingFactory.binding(SPEAKER, NodeFactory.createLiteralString(speaker), STATEMENT,
                NodeFactory.createLiteralString(statement));
    }

    private static List<String> table(List<Binding> rows) {
        ResultSet results = ResultSet.adapt(RowSetStream.create(List.of(SPEAKER, STATEMENT), rows.iterator()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.TABLE.write(results, out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void aSmallResultIsAlignedToItsWidestCell() {
        List<String> lines = table(List.of(row("Ryder", "the talks began"), row("Mohammed Shia al-Sudani", "the coalition must leave")));

        assertEquals(List.of(
                "speaker                 | statement",
                "------------------------+-------------------------",
                "Ryder                   | the talks began",
                "Mohammed Shia al-Sudani | the coalition must leave",
                "(2 rows)"), lines);
    }

    @Test
    void aLargeResultKeepsTheWidthsOfItsFirstRowsAndCutsWiderCellsThatComeLater() {
        List<Binding> rows = new ArrayList<>();
        IntStream.range(0, ResultFormat.TABLE_SAMPLE_ROWS).forEach(i -> rows.add(row("Speaker " + (i % 10), "statement " + i)));
        rows.add(row("A speaker with a much longer name", "the last statement"));

        List<String> lines = table(rows);

        assertEquals(ResultFormat.TABLE_SAMPLE_ROWS + 4, lines.size(), "header, rule, every row, count");
        assertEquals("speaker   | statement", lines.get(0));
        assertEquals("Speaker 0 | statement 0", lines.get(2));
        assertEquals("A speake… | the last statement", lines.get(lines.size() - 2), "cut to the column's width");
        assertEquals("(" + (ResultFormat.TABLE_SAMPLE_ROWS + 1) + " rows)", lines.get(lines.size() - 1));
        assertTrue(lines.stream().skip(2).limit(rows.size()).allMatch(l -> l.indexOf(" | ") == "speaker  ".length()),
                "every row keeps the column aligned");
    }
}
