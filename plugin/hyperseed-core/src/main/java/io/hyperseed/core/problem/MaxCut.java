package io.hyperseed.core.problem;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;

/**
 * Hypergraph (and graph) max-cut as a PUBO to maximise, in two equivalent forms.
 *
 * <ul>
 *   <li>{@link #compact}: {@code cut(e) = 1 - prod_{i in e} x_i - prod_{i in e} (1 - x_i)}: two terms of degree
 *       {@code |e|} per hyperedge, {@code O(|e|)} literals.</li>
 *   <li>{@link #expanded}: the BIPNN seed's monomial form: {@code prod (1 - x_i)} expanded over all
 *       {@code 2^|e|} subsets, so only positive literals remain; {@code O(2^|e| |e|)} literals per hyperedge.</li>
 * </ul>
 * Both agree on every 0/1 point (and on the relaxation, since the expansion is exact); hyperedges of size 1 are
 * never cut and contribute nothing. Variable names are the vertex names.
 */
public final class MaxCut {

    /** Hyperedges larger than this are refused by {@link #expanded} ({@code 2^20} terms each). */
    public static final int MAX_EXPANDED_EDGE_SIZE = 20;

    private MaxCut() {}

    /** The compact form. {@code O(sum |e|)} literals. */
    public static PuboProblem compact(Hypergraph graph, String name) {
        Polynomial.Builder objective = Polynomial.builder(graph.numVertices());
        int[] positive = new int[Math.max(1, graph.maxEdgeSize())];
        int[] negative = new int[positive.length];
        for (int e = 0; e < graph.numEdges(); e++) {
            int size = graph.edgeSize(e);
            if (size < 2) {
                continue;
            }
            double w = graph.edgeWeight(e);
            for (int k = 0; k < size; k++) {
                int v = graph.edgeVertex(e, k);
                positive[k] = Literal.positive(v);
                negative[k] = Literal.negative(v);
            }
            objective.addConstant(w);
            objective.addTerm(-w, positive, 0, size);
            objective.addTerm(-w, negative, 0, size);
        }
        return problem(graph, name, objective.build());
    }

    /** The expanded (positive monomial) form of the BIPNN seed. {@code O(sum 2^|e| |e|)} literals. */
    public static PuboProblem expanded(Hypergraph graph, String name) {
        Polynomial.Builder objective = Polynomial.builder(graph.numVertices());
        int[] subset = new int[MAX_EXPANDED_EDGE_SIZE];
        for (int e = 0; e < graph.numEdges(); e++) {
            int size = graph.edgeSize(e);
            if (size < 2) {
                continue;
            }
            if (size > MAX_EXPANDED_EDGE_SIZE) {
                throw new IllegalArgumentException("Hyperedge " + e + " has " + size + " vertices; the expanded form "
                        + "would need 2^" + size + " terms. Maybe use the compact form?");
            }
            double w = graph.edgeWeight(e);
            int[] all = new int[size];
            for (int k = 0; k < size; k++) {
                all[k] = Literal.positive(graph.edgeVertex(e, k));
            }
            // cut(e) = 1 - prod x - sum_{S subset e} (-1)^|S| prod_{i in S} x_i ; the empty set cancels the 1.
            objective.addTerm(-w, all);
            for (int mask = 1; mask < (1 << size); mask++) {
                int len = 0;
                for (int k = 0; k < size; k++) {
                    if ((mask & (1 << k)) != 0) {
                        subset[len++] = all[k];
                    }
                }
                double sign = (len & 1) == 0 ? 1.0 : -1.0;
                objective.addTerm(-w * sign, subset, 0, len);
            }
        }
        return problem(graph, name, objective.build());
    }

    private static PuboProblem problem(Hypergraph graph, String name, Polynomial objective) {
        PuboProblem.Builder builder = PuboProblem.builder(graph.numVertices(), Sense.MAXIMIZE)
                .name(name)
                .objective(objective);
        String[] names = graph.vertexNamesOrNull();
        if (names != null) {
            builder.variableNames(names);
        } else {
            String[] indexNames = new String[graph.numVertices()];
            for (int v = 0; v < indexNames.length; v++) {
                indexNames[v] = Integer.toString(v);
            }
            builder.variableNames(indexNames);
        }
        return builder.build();
    }
}
