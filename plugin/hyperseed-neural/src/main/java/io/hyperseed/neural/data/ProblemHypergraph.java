package io.hyperseed.neural.data;

import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.IndexSet;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The hypergraph an HGNN+ network passes messages on, derived from a {@link PuboProblem}.
 *
 * <p>Rule: every objective term of degree {@code >= 2} and every constraint with {@code >= 2} variables becomes a
 * hyperedge over its variables; hyperedges with the same variable set are kept once. A variable in no such
 * hyperedge gets a singleton hyperedge {@code {v}} so that it keeps its own features (and {@code D_v} is never
 * 0). For max-cut in the compact form ({@code 1 - prod x - prod (1 - x)} per hyperedge) the two terms of a
 * hyperedge share its variable set, so the result is exactly the instance's own hyperedges, deduplicated.
 *
 * <p>Stored in CSR form (hyperedge offsets, pins). Construction is {@code O(L)} expected for {@code L} literals
 * in all (hashing of sorted variable sets); memory {@code 4 (m + 1) + 4 P} bytes for {@code P} pins.
 */
public final class ProblemHypergraph {

    private final int numVertices;
    private final int[] edgeOffsets;
    private final int[] pins;
    private final int singletons;

    private ProblemHypergraph(int numVertices, int[] edgeOffsets, int[] pins, int singletons) {
        this.numVertices = numVertices;
        this.edgeOffsets = edgeOffsets;
        this.pins = pins;
        this.singletons = singletons;
    }

    /** The hypergraph of {@code problem} by the rule above. */
    public static ProblemHypergraph of(PuboProblem problem) {
        int n = problem.numVariables();
        Set<IndexSet> seen = new HashSet<>();
        IntList offsets = new IntList();
        IntList pins = new IntList();
        offsets.add(0);
        boolean[] covered = new boolean[n];
        Polynomial objective = problem.objective();
        for (int t = 0; t < objective.numTerms(); t++) {
            int degree = objective.degree(t);
            if (degree < 2) {
                continue;
            }
            int[] vars = new int[degree];
            for (int k = 0; k < degree; k++) {
                vars[k] = Literal.variable(objective.literal(t, k));
            }
            addEdge(vars, seen, offsets, pins, covered);
        }
        for (Constraint c : problem.constraints()) {
            int[] vars = c.variables();
            if (vars.length >= 2) {
                addEdge(vars, seen, offsets, pins, covered);
            }
        }
        int singletons = 0;
        for (int v = 0; v < n; v++) {
            if (!covered[v]) {
                pins.add(v);
                offsets.add(pins.size());
                singletons++;
            }
        }
        return new ProblemHypergraph(n, offsets.toArray(), pins.toArray(), singletons);
    }

    private static void addEdge(int[] sortedVariables, Set<IndexSet> seen, IntList offsets, IntList pins,
            boolean[] covered) {
        if (!seen.add(new IndexSet(sortedVariables))) {
            return;
        }
        for (int v : sortedVariables) {
            pins.add(v);
            covered[v] = true;
        }
        offsets.add(pins.size());
    }

    /** The number of vertices (= problem variables). */
    public int numVertices() {
        return numVertices;
    }

    /** The number of hyperedges, singletons included. */
    public int numEdges() {
        return edgeOffsets.length - 1;
    }

    /** The number of pins, {@code sum |e|}. */
    public int numPins() {
        return pins.length;
    }

    /** How many singleton hyperedges were added for uncovered variables. */
    public int numSingletons() {
        return singletons;
    }

    /** The size of hyperedge {@code e}. */
    public int edgeSize(int e) {
        return edgeOffsets[e + 1] - edgeOffsets[e];
    }

    /** The vertices of hyperedge {@code e} (a copy, ascending). */
    public int[] edgeVertices(int e) {
        return Arrays.copyOfRange(pins, edgeOffsets[e], edgeOffsets[e + 1]);
    }

    /** Copy of the hyperedge offsets ({@code numEdges + 1} entries). */
    public int[] edgeOffsetArray() {
        return edgeOffsets.clone();
    }

    /** Copy of the pins, hyperedge after hyperedge. */
    public int[] pinArray() {
        return pins.clone();
    }

    /** The number of hyperedges containing each vertex ({@code D_v}), at least 1 by construction. */
    public int[] vertexDegrees() {
        int[] degrees = new int[numVertices];
        for (int p : pins) {
            degrees[p]++;
        }
        return degrees;
    }

    @Override
    public String toString() {
        return "ProblemHypergraph[" + numVertices + " vertices, " + numEdges() + " hyperedges (" + singletons
                + " singletons), " + pins.length + " pins]";
    }
}
