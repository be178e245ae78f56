package io.hyperseed.timefold.move;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.domain.ValueVariable;
import java.util.Collections;
import java.util.List;
import java.util.SequencedCollection;

/**
 * Flips several variables at once: the perturbation step of an iterated tabu search (back to the elite assignment,
 * then a few random flips; see {@link io.hyperseed.core.search.FlipNeighbourhood}). It reports no planning entities
 * on purpose, so the tabu acceptor neither vetoes it nor fills its tabu list with it: perturbation is exempt from
 * tabu, as in iterated tabu search. {@code O(k)} plus the score updates of {@code k} flips.
 *
 * @param <S> the planning solution type
 */
public final class JumpMove<S extends BinarySolution> implements Move<S> {

    private final List<BinaryVariable> variables;

    /** A jump that flips {@code variables} (copied; at least one). */
    public JumpMove(List<BinaryVariable> variables) {
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("A jump needs at least one variable to flip.");
        }
        this.variables = List.copyOf(variables);
    }

    /** The variables it flips. */
    public List<BinaryVariable> variables() {
        return variables;
    }

    @Override
    public void execute(MutableSolutionView<S> view) {
        var meta = ValueVariable.of(view.getSolutionMetaModel());
        for (BinaryVariable variable : variables) {
            view.changeVariable(meta, variable, !variable.isTrue());
        }
    }

    @Override
    public JumpMove<S> rebase(Lookup lookup) {
        return new JumpMove<>(
                variables.stream().map(lookup::lookUpWorkingObject).toList());
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return Collections.emptyList();
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return Collections.emptyList();
    }

    @Override
    public String describe() {
        return "JumpMove";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JumpMove<?> other && other.variables.equals(variables);
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
