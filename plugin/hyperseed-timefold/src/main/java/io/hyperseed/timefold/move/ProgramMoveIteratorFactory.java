package io.hyperseed.timefold.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import io.hyperseed.core.constrained.ProgramMoveSource;
import io.hyperseed.core.constrained.ProgramNeighbourhood;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The structured neighbourhood of a constrained 0-1 program for Timefold's local search, backed by the core's
 * {@link ProgramNeighbourhood}. Each step (Timefold asks for a fresh random iterator per step) it brings the core
 * state in step with the working solution, then offers, best first:
 * <ul>
 *   <li>mode {@code rank}: the {@code moves} best single flips ({@link FlipMove}) and exchanges ({@link
 *       ChoiceSwapMove}: a 1 and a 0 of a shared constraint swap values; drop one item, add another) under the
 *       penalised gain {@code objective gain - w * violation increase}, {@code w} adapting every step (strategic
 *       oscillation, rate {@code penaltyRate}; 0 keeps it fixed);</li>
 *   <li>mode {@code walk}: clause-directed WalkSAT flips (a random unsatisfied clause, its variable with the
 *       smallest break, a random one with probability {@code noise});</li>
 *   <li>mode {@code auto} (default): {@code walk} for MAX-SAT shaped problems, {@code rank} otherwise.</li>
 * </ul>
 * After the ranked moves it continues with uniformly random flips, so the step never runs dry. Use it with Tabu
 * Search and {@code acceptedCountLimit} 1: the forager then takes the first admissible (non-tabu or aspirating)
 * move, which makes the adaptive penalty, not the lexicographic score, choose the step, while Timefold's best
 * solution (hard score first) stays the best feasible one found.
 *
 * <p>The tabu list is the neighbourhood's own (it sees which variables each step changed): moves on variables
 * changed within the tenure are not offered unless they give a new best feasible state (aspiration), so Timefold's
 * acceptor only needs {@code entityTabuSize} 1. Properties ({@code <moveIteratorFactoryCustomProperties>}): those
 * of {@link ProgramMoveSource}, shared with the OptaPlanner adapter. Per step: {@code O(n)} to
 * synchronise plus the core's ranking cost ({@link ProgramNeighbourhood}). Original order: one flip per variable.
 *
 * @param <S> the planning solution type
 */
public class ProgramMoveIteratorFactory<S extends BinarySolution> extends ProgramMoveSource
        implements MoveIteratorFactory<S, Move<S>> {

    @Override
    public long getSize(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<Move<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .map(v -> (Move<S>) new FlipMove<S>(v))
                .iterator();
    }

    @Override
    public Iterator<Move<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, RandomGenerator random) {
        S solution = scoreDirector.getWorkingSolution();
        List<BinaryVariable> variables = solution.getVariables();
        Step step = step(solution.getProblem(), v -> variables.get(v).isTrue(), random);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return step.hasMoves();
            }

            @Override
            public Move<S> next() {
                step.advance();
                return step.second() < 0
                        ? new FlipMove<>(variables.get(step.first()))
                        : new ChoiceSwapMove<>(variables.get(step.first()), variables.get(step.second()));
            }
        };
    }
}
