package io.hyperseed.core.eval;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;

/**
 * The best soft score that {@link ScoreTracker#of(PuboProblem)} can ever report for a problem, from a bound per term:
 * every product of literals is 0 or 1, so the objective in "larger is better" form is at most its constant plus
 * the sum of its positive coefficients (after the tracker's fixed-point rounding, so the bound is exact in the same
 * units). An assignment whose soft score reaches it is optimal; on MAX-SAT the bound is the total soft weight, reached
 * exactly when every soft clause is satisfied. For max-cut ({@link ScoreTracker#of(Hypergraph)}) the bound is every
 * hyperedge of two or more pins with a positive weight cut: reached on bipartite graphs (the even tori of G-set).
 * Loose (never reached) on most other instances, where it costs nothing. {@code O(terms)} or {@code O(hyperedges)}.
 */
public final class ScoreBound {

    private ScoreBound() {}

    /** The largest soft score any assignment of {@code problem} can have, in the tracker's fixed-point units. */
    public static long soft(PuboProblem problem) {
        long scale = FixedPoint.scaleOf(problem);
        int sign = problem.sense().sign();
        Polynomial objective = problem.objective();
        long bound = sign * FixedPoint.units(objective.constant(), scale);
        for (int t = 0; t < objective.numTerms(); t++) {
            bound += Math.max(0L, sign * FixedPoint.units(objective.coefficient(t), scale));
        }
        return bound;
    }

    /** The largest soft score (cut weight) any side assignment of {@code graph} can have, in fixed-point units. */
    public static long soft(Hypergraph graph) {
        long scale = FixedPoint.scaleOf(graph);
        long bound = 0;
        for (int e = 0; e < graph.numEdges(); e++) {
            if (graph.edgeSize(e) >= 2) {
                bound += Math.max(0L, FixedPoint.units(graph.edgeWeight(e), scale));
            }
        }
        return bound;
    }

    /**
     * True when {@code objective} (of a feasible assignment, in the problem's own units and sense) reaches the bound
     * of {@link #soft(PuboProblem)}, or, for a max-cut instance ({@code graph} not null), the cut bound of
     * {@link #soft(Hypergraph)}: the assignment is then a proven optimum.
     */
    public static boolean reached(double objective, PuboProblem problem, Hypergraph graph) {
        double bound = graph != null
                ? (double) soft(graph) / FixedPoint.scaleOf(graph)
                : problem.sense().sign() * (double) soft(problem) / FixedPoint.scaleOf(problem);
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(bound));
        return problem.sense().sign() * (objective - bound) >= -tolerance;
    }
}
