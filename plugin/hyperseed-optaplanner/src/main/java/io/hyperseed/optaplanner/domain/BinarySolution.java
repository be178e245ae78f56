package io.hyperseed.optaplanner.domain;

import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.PuboProblem;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * What the two planning solutions share: one {@link BinaryVariable} per variable (entities refer to the immutable
 * problem fact by index), the value range {@code {false, true}} and a {@link HardSoftLongScore} in the fixed-point
 * units of {@link ScoreTracker} (hard = minus the violation, soft = the objective, larger is better).
 * Subclasses hold the problem fact and say how to score and seed it.
 */
@PlanningSolution
public abstract class BinarySolution {

    /** The id of the {@code {false, true}} value range. */
    public static final String VALUE_RANGE = "booleanRange";

    @PlanningEntityCollectionProperty
    private List<BinaryVariable> variables;

    @ValueRangeProvider(id = VALUE_RANGE)
    private List<Boolean> booleanRange;

    @PlanningScore
    private HardSoftLongScore score;

    /** For the planning cloner only. */
    protected BinarySolution() {}

    /** A solution with {@code numVariables} unassigned variables. */
    protected BinarySolution(int numVariables) {
        variables = new ArrayList<>(numVariables);
        for (int i = 0; i < numVariables; i++) {
            variables.add(new BinaryVariable(i));
        }
        booleanRange = List.of(Boolean.FALSE, Boolean.TRUE);
    }

    /** The solution for {@code instance}: {@link MaxCutSolution} for max-cut, else {@link ProgramSolution}. */
    public static BinarySolution fromInstance(Instance instance) {
        return instance.maxCutHypergraph()
                .<BinarySolution>map(graph -> MaxCutSolution.of(graph, instance.name()))
                .orElseGet(() -> ProgramSolution.of(instance.problem()));
    }

    /** A new score tracker for the problem fact. {@code O(instance size)}. */
    public abstract ScoreTracker createScoreTracker();

    /** The problem as a PUBO (what a seeder gets). */
    public abstract PuboProblem getProblem();

    /** The current assignment evaluated by the core evaluator (unassigned variables count as 0). */
    public abstract Solution toSolution();

    /** The variables in index order. */
    public List<BinaryVariable> getVariables() {
        return variables;
    }

    /** The value range {@code {false, true}}. */
    public List<Boolean> getBooleanRange() {
        return booleanRange;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    /** The current assignment; unassigned variables are 0. {@code O(n)}. */
    public boolean[] assignment() {
        boolean[] x = new boolean[variables.size()];
        for (BinaryVariable v : variables) {
            x[v.getIndex()] = v.isTrue();
        }
        return x;
    }

    /** Sets every variable to {@code values} directly (outside a solver, e.g. a warm start). */
    public void setAssignment(boolean[] values) {
        if (values.length != variables.size()) {
            throw new IllegalArgumentException("The assignment has " + values.length + " values, the solution ("
                    + variables.size() + ") variables. Maybe it belongs to another instance?");
        }
        for (BinaryVariable v : variables) {
            v.setValue(values[v.getIndex()]);
        }
    }
}
