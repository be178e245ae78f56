package io.hyperseed.timefold.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import io.hyperseed.core.eval.FixedPoint;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Planning solution of hypergraph (or graph) max-cut: one {@link BinaryVariable} per vertex, its value being the
 * vertex's side. The immutable {@link Hypergraph} is a problem fact; soft score = the cut weight (fixed point),
 * hard score always 0. The PUBO form (for the neural phase and the core evaluator) is kept alongside.
 *
 * <p>For the constraint streams ({@code MaxCutConstraintProvider}) it also holds one {@link CutEdge} per hyperedge and
 * one {@link EdgePin} per pin ({@code O(m + P)} small records), built once by {@link #of} and {@link #fromInstance}.
 * The incremental score calculator does not read them: {@link #withoutStreamFacts} leaves both lists empty, which on
 * a 10^6-vertex hypergraph saves about a second of construction and of the solver's start (it visits every fact).
 */
@PlanningSolution(solutionCloner = MaxCutSolution.Cloner.class)
public class MaxCutSolution implements BinarySolution {

    private static final List<Boolean> VALUES = List.of(Boolean.FALSE, Boolean.TRUE);

    @ProblemFactProperty
    private Hypergraph graph;

    private PuboProblem problem;

    private long scale;

    @ProblemFactCollectionProperty
    private List<CutEdge> edges;

    @ProblemFactCollectionProperty
    private List<EdgePin> pins;

    @PlanningEntityCollectionProperty
    private List<BinaryVariable> variables;

    @PlanningScore
    private HardSoftScore score;

    /** For the solver's planning cloner. */
    public MaxCutSolution() {}

    /**
     * Timefold's planning clone of a max-cut solution: new {@link BinaryVariable} entities, the same (immutable)
     * problem facts and score. Timefold's generic cloner inspects every element of every fact collection (4.5 million
     * pins on a 10^6-vertex hypergraph); this one costs {@code O(n)}.
     */
    public static final class Cloner implements SolutionCloner<MaxCutSolution> {

        @Override
        public MaxCutSolution cloneSolution(MaxCutSolution original) {
            MaxCutSolution clone = new MaxCutSolution();
            clone.graph = original.graph;
            clone.problem = original.problem;
            clone.scale = original.scale;
            clone.edges = original.edges;
            clone.pins = original.pins;
            clone.variables = BinarySolution.planningClone(original.variables);
            clone.score = original.score;
            return clone;
        }
    }

    private MaxCutSolution(Hypergraph graph, PuboProblem problem, boolean streamFacts) {
        if (problem.numVariables() != graph.numVertices()) {
            throw new IllegalArgumentException("The problem has " + problem.numVariables()
                    + " variables but the hypergraph (" + graph.numVertices() + ") vertices. Maybe the problem "
                    + "is not this hypergraph's max-cut?");
        }
        this.graph = graph;
        this.problem = problem;
        this.scale = FixedPoint.scaleOf(graph);
        List<CutEdge> edges = new ArrayList<>(streamFacts ? graph.numEdges() : 0);
        List<EdgePin> pins = new ArrayList<>(streamFacts ? graph.numPins() : 0);
        for (int e = 0; streamFacts && e < graph.numEdges(); e++) {
            CutEdge edge = new CutEdge(e, graph.edgeSize(e), FixedPoint.units(graph.edgeWeight(e), scale));
            edges.add(edge);
            for (int k = 0; k < graph.edgeSize(e); k++) {
                pins.add(new EdgePin(edge, graph.edgeVertex(e, k)));
            }
        }
        this.edges = List.copyOf(edges);
        this.pins = List.copyOf(pins);
        this.variables = BinarySolution.unassigned(graph.numVertices());
    }

    /** An unassigned solution of the max-cut of {@code graph} (PUBO in the compact form). {@code O(m + P)}. */
    public static MaxCutSolution of(Hypergraph graph) {
        Objects.requireNonNull(graph, "graph");
        return new MaxCutSolution(graph, MaxCut.compact(graph, "maxcut"), true);
    }

    /** An unassigned solution of a max-cut instance; fails for other problem families. */
    public static MaxCutSolution fromInstance(Instance instance) {
        return new MaxCutSolution(hypergraphOf(instance), instance.problem(), true);
    }

    /**
     * As {@link #fromInstance}, without the constraint-stream facts ({@link #getEdges()} and {@link #getPins()}
     * empty): for solver configs that score with the incremental calculator. {@code O(n + m)} (the fixed-point scale
     * looks at every hyperedge weight).
     */
    public static MaxCutSolution withoutStreamFacts(Instance instance) {
        return new MaxCutSolution(hypergraphOf(instance), instance.problem(), false);
    }

    /** An unassigned solution, then every vertex put on side {@code sides[v]}. */
    public static MaxCutSolution of(Hypergraph graph, boolean[] sides) {
        MaxCutSolution solution = of(graph);
        solution.assign(sides);
        return solution;
    }

    private static Hypergraph hypergraphOf(Instance instance) {
        return instance.maxCutHypergraph()
                .orElseThrow(() -> new IllegalArgumentException("The instance (" + instance.name()
                        + ") is not a max-cut instance. Maybe use " + "ProgramSolution.fromInstance?"));
    }

    @ValueRangeProvider
    public List<Boolean> getValueRange() {
        return VALUES;
    }

    /** The hypergraph. */
    public Hypergraph getGraph() {
        return graph;
    }

    @Override
    public PuboProblem getProblem() {
        return problem;
    }

    @Override
    public ScoreTracker createScoreTracker() {
        return ScoreTracker.of(graph);
    }

    @Override
    public long scale() {
        return scale;
    }

    @Override
    public List<BinaryVariable> getVariables() {
        return variables;
    }

    /** The constraint-stream hyperedge facts. */
    public List<CutEdge> getEdges() {
        return edges;
    }

    /** The constraint-stream pin facts. */
    public List<EdgePin> getPins() {
        return pins;
    }

    @Override
    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }

    @Override
    public String toString() {
        return "MaxCutSolution[" + graph + ", score=" + score + "]";
    }
}
