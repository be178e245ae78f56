package io.hyperseed.neural.data;

import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import java.util.Arrays;

/**
 * The hypergraph an HGNN+ network passes messages on, derived from a {@link PuboProblem} as a core
 * {@link Hypergraph} (CSR in both directions).
 *
 * <p>Rule: every objective term of degree {@code >= 2} and every constraint with {@code >= 2} variables becomes a
 * hyperedge over its variables; hyperedges with the same variable set are kept once (the core builder's
 * {@code mergeDuplicates}). A variable in no such hyperedge gets a singleton hyperedge {@code {v}} so that it keeps
 * its own features (and {@code D_v} is never 0); singletons come last. For max-cut in the compact form
 * ({@code 1 - prod x - prod (1 - x)} per hyperedge) the two terms of a hyperedge share its variable set, so the
 * result is exactly the instance's own hyperedges, deduplicated. Edge weights are 1 (the propagation is unweighted).
 *
 * <p>Construction is {@code O(L)} expected for {@code L} literals in all (hashing of sorted variable sets; a term
 * equal to the one before it is dropped without hashing); memory that of the core type.
 */
public final class ProblemHypergraph {

    private ProblemHypergraph() {}

    /** The hypergraph of {@code problem} by the rule above. */
    public static Hypergraph of(PuboProblem problem) {
        int n = problem.numVariables();
        Hypergraph.Builder builder = Hypergraph.builder(n).mergeDuplicates(true);
        boolean[] covered = new boolean[n];
        Polynomial objective = problem.objective();
        int[] previous = new int[0];
        for (int t = 0; t < objective.numTerms(); t++) {
            int degree = objective.degree(t);
            if (degree < 2) {
                continue;
            }
            int[] vars = new int[degree];
            for (int k = 0; k < degree; k++) {
                vars[k] = Literal.variable(objective.literal(t, k));
            }
            Arrays.sort(vars);
            if (!Arrays.equals(vars, previous)) {
                add(builder, vars, covered);
                previous = vars;
            }
        }
        for (Constraint c : problem.constraints()) {
            int[] vars = c.variables();
            if (vars.length >= 2) {
                add(builder, vars, covered);
            }
        }
        int[] single = new int[1];
        for (int v = 0; v < n; v++) {
            if (!covered[v]) {
                single[0] = v;
                builder.addEdge(1.0, single, 0, 1);
            }
        }
        return builder.build();
    }

    private static void add(Hypergraph.Builder builder, int[] vars, boolean[] covered) {
        builder.addEdge(1.0, vars, 0, vars.length);
        for (int v : vars) {
            covered[v] = true;
        }
    }

    /** The number of singleton hyperedges of {@code graph} (those added for uncovered variables). */
    public static int numSingletons(Hypergraph graph) {
        int count = 0;
        for (int e = 0; e < graph.numEdges(); e++) {
            if (graph.edgeSize(e) == 1) {
                count++;
            }
        }
        return count;
    }
}
