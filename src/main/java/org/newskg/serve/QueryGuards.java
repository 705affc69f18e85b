package org.newskg.serve;

import java.util.Set;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * What the server changes in ARQ so that every query stops at its time limit and reaches nothing
 * outside the store, set in the served dataset's context (so the SPARQL endpoint and the named
 * queries both have it, and nothing else in the JVM does):
 * <ul>
 * <li>{@code OFFSET} skips rows one at a time, looking at the query's cancel signal before each:
 * ARQ skips them all while it builds the plan, where the time limit's cancel does not reach;</li>
 * <li>functions are only those ARQ registers, less the ones that sleep ({@code afn:wait}); a
 * function IRI ARQ does not know (including {@code java:} class names, which ARQ would load) is
 * an unknown function, whose calls are errors.</li>
 * </ul>
 */
final class QueryGuards {

    /** Functions that make a query wait instead of work. */
    static final Set<String> BLOCKED_FUNCTIONS = Set.of("http://jena.apache.org/ARQ/function#wait",
            "http://jena.hpl.hp.com/ARQ/function#wait");

    private QueryGuards() {
    }

    static void install(Context context) {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry known = new KnownFunctions();
        standard.keys().forEachRemaining(uri -> {
            if (!BLOCKED_FUNCTIONS.contains(uri)) {
                known.put(uri, standard.get(uri));
            }
        });
        FunctionRegistry.set(context, known);
        QC.setFactory(context, SlicingExecutor::new);
    }

    /** A registry that never loads a function by class name. */
    private static final class KnownFunctions extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    /** TDB2's executor, with an OFFSET that skips lazily and can be cancelled. */
    private static final class SlicingExecutor extends OpExecutorTDB2 {
        SlicingExecutor(ExecutionContext execCxt) {
            super(execCxt);
        }

        @Override
        protected QueryIterator execute(OpSlice opSlice, QueryIterator input) {
            if (opSlice.getStart() <= 0) {
                return super.execute(opSlice, input);
            }
            return new CancellableSlice(exec(opSlice.getSubOp(), input), opSlice.getStart(), opSlice.getLength(), execCxt);
        }
    }

    /** {@code OFFSET start LIMIT length}, skipping on the first look and checking the cancel signal per row. */
    private static final class CancellableSlice extends QueryIter1 {
        private long toSkip;
        private long left;

        CancellableSlice(QueryIterator input, long start, long length, ExecutionContext execCxt) {
            super(input, execCxt);
            this.toSkip = start;
            this.left = length < 0 ? Long.MAX_VALUE : length;
        }

        @Override
        protected boolean hasNextBinding() {
            QueryIterator in = getInput();
            while (toSkip > 0) {
                if (getExecContext().getCancelSignal() != null && getExecContext().getCancelSignal().get()) {
                    throw new QueryCancelledException();
                }
                if (!in.hasNext()) {
                    return false;
                }
                in.next();
                toSkip--;
            }
            return left > 0 && in.hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            left--;
            return getInput().next();
        }

        @Override
        protected void requestSubCancel() {
        }

        @Override
        protected void closeSubIterator() {
        }
    }
}
