package io.hyperseed.timefold.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates {@link FlipMove}s: in original order one per variable, in random order an endless stream of flips of
 * uniformly drawn variables. Configure with
 * {@code <moveIteratorFactory><moveIteratorFactoryClass>io.hyperseed.timefold.move.FlipMoveIteratorFactory
 * </moveIteratorFactoryClass></moveIteratorFactory>}. {@code O(1)} per move.
 *
 * @param <S> the planning solution type
 */
public class FlipMoveIteratorFactory<S extends BinarySolution> implements MoveIteratorFactory<S, FlipMove<S>> {

    @Override
    public long getSize(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<FlipMove<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .map(v -> new FlipMove<S>(v))
                .iterator();
    }

    @Override
    public Iterator<FlipMove<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, RandomGenerator random) {
        List<BinaryVariable> variables = scoreDirector.getWorkingSolution().getVariables();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !variables.isEmpty();
            }

            @Override
            public FlipMove<S> next() {
                return new FlipMove<>(variables.get(random.nextInt(variables.size())));
            }
        };
    }
}
