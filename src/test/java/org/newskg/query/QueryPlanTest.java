package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled queries' plans after ARQ's optimizer: no sub-select (a GROUP BY or DISTINCT
 * table) may sit where ARQ evaluates it once per row of what comes before it, the right side of
 * an OPTIONAL it runs by substitution ({@link OpConditional}) or a later step of a
 * {@link OpSequence}. Such a table is read again for every row, and the query's time grows with
 * the square of the store (the timeline took 36 s on 500 generated articles and 305 s on 1,500
 * when its label tables stood beside a pattern on the mention inside OPTIONAL).
 */
class QueryPlanTest {

    static List<String> bundled() {
        return QueryCatalog.BUNDLED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void noSubSelectIsEvaluatedOncePerRow(String name) {
        String sparql = QueryCatalog.bundled(name).orElseThrow().sparql();
        assertEquals(List.of(), perRowSubSelects(sparql), name);
    }

    @Test
    void aLabelTableBesideAPatternInsideOptionalIsFound() {
        // the shape the timeline had: the table joined to a pattern on ?m inside OPTIONAL
        String perRow = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?m ?label WHERE {
                  ?m a nkg:Event .
                  OPTIONAL {
                    { SELECT ?node (MIN(?l) AS ?label) WHERE { ?node rdfs:label ?l } GROUP BY ?node }
                    ?m nkg:agent ?node
                  }
                }""";
        assertFalse(perRowSubSelects(perRow).isEmpty());
    }

    /** The sub-selects the optimized plan evaluates once per incoming row, as algebra text. */
    static List<String> perRowSubSelects(String sparql) {
        Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(sparql)));
        List<String> found = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpConditional c) {
                if (hasTable(c.getRight())) {
                    found.add(c.getRight().toString());
                }
            }

            @Override
            public void visit(OpSequence s) {
                for (Op step : s.getElements().subList(1, s.size())) {
                    if (hasTable(step)) {
                        found.add(step.toString());
                    }
                }
            }
        });
        return found;
    }

    private static boolean hasTable(Op op) {
        boolean[] table = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpGroup g) {
                table[0] = true;
            }

            @Override
            public void visit(OpDistinct d) {
                table[0] = true;
            }
        });
        return table[0];
    }
}
