package io.hyperseed.optaplanner.move;

import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Flips several assigned variables at once: the perturbation step of an iterated tabu search (see
 * {@link io.hyperseed.core.search.FlipNeighbourhood}); its own undo. It reports no planning entities on purpose, so
 * the tabu acceptor neither vetoes it nor fills its tabu list with it. {@code O(k)} plus {@code k} score updates.
 */
public final class JumpMove extends AbstractMove<BinarySolution> {

    private final List<BinaryVariable> variables;

    /** A jump that flips {@code variables} (copied; at least one). */
    public JumpMove(List<BinaryVariable> variables) {
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("A jump needs at least one variable to flip.");
        }
        this.variables = List.copyOf(variables);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BinarySolution> scoreDirector) {
        return variables.stream().allMatch(v -> v.getValue() != null);
    }

    @Override
    protected JumpMove createUndoMove(ScoreDirector<BinarySolution> scoreDirector) {
        return this;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BinarySolution> scoreDirector) {
        for (BinaryVariable variable : variables) {
            variable.assign(scoreDirector, !variable.isTrue());
        }
    }

    @Override
    public JumpMove rebase(ScoreDirector<BinarySolution> destinationScoreDirector) {
        return new JumpMove(variables.stream()
                .map(destinationScoreDirector::lookUpWorkingObject)
                .toList());
    }

    @Override
    public List<Object> getPlanningEntities() {
        return List.of();
    }

    @Override
    public List<Object> getPlanningValues() {
        return List.of();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JumpMove m && m.variables.equals(variables);
    }

    @Override
    public int hashCode() {
        return variables.hashCode();
    }

    @Override
    public String toString() {
        return "jump of " + variables.size() + " flips";
    }
}
