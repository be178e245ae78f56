package io.hyperseed.timefold.domain;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.solve.ValueSnapshotList;
import java.util.ArrayList;
import java.util.List;

/**
 * What both planning solutions ({@link ProgramSolution}, {@link MaxCutSolution}) offer to the score calculator,
 * the moves and the phases: one {@link BinaryVariable} per problem variable, the immutable {@link PuboProblem}
 * they assign, and a conversion back to a core {@link Solution}.
 *
 * <p>Scores are exact fixed-point {@code long}s: {@code real value = score / scale()} (see
 * {@link io.hyperseed.core.eval.FixedPoint}). Hard is minus the constraint violation, soft the objective in
 * "larger is better" form ({@code sign * objective}; for max-cut the cut weight).
 */
public interface BinarySolution {

    /** The planning entities, one per variable, in index order. */
    List<BinaryVariable> getVariables();

    /** The problem that the neural phase seeds and the core evaluator checks (max-cut: its PUBO form). */
    PuboProblem getProblem();

    /** A fresh score tracker for this solution's problem (the incremental score calculator's bookkeeping). */
    ScoreTracker createScoreTracker();

    /** The fixed-point scale of the scores: real value = score / scale. */
    long scale();

    /** Sets every variable to {@code values[i]}; for building inputs outside a solver (inside, use moves). */
    default void assign(boolean[] values) {
        List<BinaryVariable> variables = getVariables();
        if (values.length != variables.size()) {
            throw new IllegalArgumentException("The assignment length (" + values.length
                    + ") differs from the number of variables (" + variables.size() + ").");
        }
        for (BinaryVariable v : variables) {
            v.setValue(values[v.getIndex()]);
        }
    }

    /** The current score, or null before the solver computed one. */
    HardSoftScore getScore();

    /** The values as an array indexed by variable; unassigned variables are {@code false}. {@code O(n)}. */
    default boolean[] assignment() {
        List<BinaryVariable> variables = getVariables();
        boolean[] values = new boolean[getProblem().numVariables()];
        for (BinaryVariable v : variables) {
            values[v.getIndex()] = v.isTrue();
        }
        return values;
    }

    /** The assignment evaluated by the core evaluator (objective and violation in real units). {@code O(L)}. */
    default Solution toSolution() {
        return Solution.evaluate(getProblem(), assignment());
    }

    /** True when every variable has a value. */
    default boolean isInitialized() {
        for (BinaryVariable v : getVariables()) {
            if (v.getValue() == null) {
                return false;
            }
        }
        return true;
    }

    /** The objective that a score's soft level stands for, in real units. */
    default double objectiveOf(HardSoftScore score) {
        return getProblem().sense().sign() * (double) score.softScore() / scale();
    }

    /** The total violation that a score's hard level stands for, in real units. */
    default double violationOf(HardSoftScore score) {
        return (double) -score.hardScore() / scale();
    }

    /** The max-cut solution for max-cut instances, the program solution otherwise. */
    static BinarySolution fromInstance(Instance instance) {
        return instance.isMaxCut() ? MaxCutSolution.fromInstance(instance) : ProgramSolution.fromInstance(instance);
    }

    /**
     * Copies of {@code variables} (same indexes and values), for a planning clone: the entities are cloned, the
     * problem facts are shared. The copies are created when the clone is first read ({@link ValueSnapshotList}):
     * Timefold clones every new best solution and reads almost none of them. {@code O(n)} reads, {@code O(1)} for
     * a clone of an unread clone.
     */
    static List<BinaryVariable> planningClone(List<BinaryVariable> variables) {
        return ValueSnapshotList.of(variables, BinaryVariable::getIndex, BinaryVariable::getValue, BinaryVariable::new);
    }

    /** Unassigned entities {@code x0..x(n-1)} in a mutable list (the planning cloner copies it). */
    static List<BinaryVariable> unassigned(int n) {
        List<BinaryVariable> variables = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            variables.add(new BinaryVariable(i));
        }
        return variables;
    }
}
