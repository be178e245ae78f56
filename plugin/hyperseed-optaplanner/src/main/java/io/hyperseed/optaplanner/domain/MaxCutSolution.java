package io.hyperseed.optaplanner.domain;

import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import java.util.Objects;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;

/**
 * Planning solution for hypergraph max-cut: the immutable {@link Hypergraph} as a problem fact and one
 * {@link BinaryVariable} per vertex (its value is the side). Score: hard 0, soft = the cut weight (fixed point).
 * Seeders get the compact PUBO form ({@link MaxCut#compact}).
 */
@PlanningSolution
public class MaxCutSolution extends BinarySolution {

    @ProblemFactProperty
    private Hypergraph graph;

    private String name;

    private PuboProblem problem;

    /** For the planning cloner only. */
    public MaxCutSolution() {}

    private MaxCutSolution(Hypergraph graph, String name) {
        super(graph.numVertices());
        this.graph = graph;
        this.name = name;
    }

    /** An unassigned solution of {@code graph}. {@code O(n)}. */
    public static MaxCutSolution of(Hypergraph graph, String name) {
        return new MaxCutSolution(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(name, "name"));
    }

    /** The problem fact. */
    public Hypergraph getGraph() {
        return graph;
    }

    /** The instance name. */
    public String getName() {
        return name;
    }

    @Override
    public ScoreTracker createScoreTracker() {
        return ScoreTracker.of(graph);
    }

    /** The compact max-cut PUBO, built on the first call ({@code O(pins)}) and shared by later clones. */
    @Override
    public PuboProblem getProblem() {
        if (problem == null) {
            problem = MaxCut.compact(graph, name);
        }
        return problem;
    }

    @Override
    public Solution toSolution() {
        boolean[] sides = assignment();
        return new Solution(sides, graph.cutWeight(sides), 0.0);
    }
}
