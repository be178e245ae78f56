package io.hyperseed.optaplanner.move;

import io.hyperseed.core.constrained.ProgramMoveSource;
import io.hyperseed.core.constrained.ProgramNeighbourhood;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The structured neighbourhood of a constrained 0-1 program for OptaPlanner's local search: the same core
 * {@link ProgramNeighbourhood} as the Timefold adapter's factory of the same name. Each step it synchronises the
 * core state with the working solution ({@code O(n)}), then offers, best first, the ranked flips
 * ({@link ProgramFlipMove}) and exchanges ({@link ChoiceSwapMove} of a 1 and a 0 sharing a constraint) under the
 * adaptive violation penalty (strategic oscillation), or, for MAX-SAT, WalkSAT's clause-directed flips; then random
 * flips (a kick when every candidate is tabu). The tabu list and aspiration are the neighbourhood's own: use
 * {@code entityTabuSize} 1 and {@code acceptedCountLimit} 1. OptaPlanner's best solution (hard score first) stays
 * the best feasible one found.
 *
 * <p>Properties ({@code <moveIteratorFactoryCustomProperties>}): those of {@link ProgramMoveSource}, shared with the
 * Timefold adapter. Original order: one flip per variable.
 */
public final class ProgramMoveIteratorFactory extends ProgramMoveSource
        implements MoveIteratorFactory<BinarySolution, AbstractMove<BinarySolution>> {

    @Override
    public long getSize(ScoreDirector<BinarySolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<AbstractMove<BinarySolution>> createOriginalMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .map(v -> (AbstractMove<BinarySolution>) new ProgramFlipMove(v))
                .iterator();
    }

    @Override
    public Iterator<AbstractMove<BinarySolution>> createRandomMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector, Random random) {
        BinarySolution solution = scoreDirector.getWorkingSolution();
        List<BinaryVariable> variables = solution.getVariables();
        Step step = step(solution.getProblem(), v -> variables.get(v).isTrue(), random);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return step.hasMoves();
            }

            @Override
            public AbstractMove<BinarySolution> next() {
                step.advance();
                return step.second() < 0
                        ? new ProgramFlipMove(variables.get(step.first()))
                        : new ChoiceSwapMove(variables.get(step.first()), variables.get(step.second()));
            }
        };
    }
}
