package io.hyperseed.timefold.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.incremental.IncrementalScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.search.FlipNeighbourhood;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.score.BinaryIncrementalScoreCalculator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The best-gain flip neighbourhood for Timefold's own local search: every step offers {@link FlipMove}s in decreasing
 * order of flip gain (read from the incremental score calculator's tracker, {@link ScoreTracker#gains()}), so a Tabu
 * Search with {@code <acceptedCountLimit>1</acceptedCountLimit>} takes the best non-tabu flip (or a tabu one that beats
 * the best score: aspiration); after a stall it offers one {@link JumpMove} back to the elite solution with random
 * kicks ({@link FlipNeighbourhood}). Use it with random selection order:
 * <pre>{@code
 * <moveIteratorFactory>
 *   <moveIteratorFactoryClass>io.hyperseed.timefold.move.BestFlipMoveIteratorFactory</moveIteratorFactoryClass>
 * </moveIteratorFactory>}</pre>
 * Properties ({@code <moveIteratorFactoryCustomProperties>}): {@code candidates}, {@code stallSteps},
 * {@code minKickFraction}, {@code maxKickFraction} (see {@link FlipNeighbourhood.Settings}). Needs Hyperseed's
 * {@link BinaryIncrementalScoreCalculator}; with another score director it falls back to uniformly random flips
 * (one warning). A step costs {@code O(k^2)} for {@code k} candidates plus what the framework evaluates.
 *
 * @param <S> the planning solution type
 */
public class BestFlipMoveIteratorFactory<S extends BinarySolution> implements MoveIteratorFactory<S, Move<S>> {

    private static final Logger LOGGER = LoggerFactory.getLogger(BestFlipMoveIteratorFactory.class);

    private final FlipNeighbourhood.Builder settings = FlipNeighbourhood.Settings.builder();
    private ScoreTracker trackerInUse;
    private FlipNeighbourhood neighbourhood;
    private boolean warned;

    /** How many best variables a step offers before it asks for more. */
    public void setCandidates(String candidates) {
        settings.candidates(candidates);
    }

    /** Steps without a new best before a jump ({@code 0}: never). */
    public void setStallSteps(String stallSteps) {
        settings.stallSteps(stallSteps);
    }

    /** The share of variables the first jump flips at random. */
    public void setMinKickFraction(String fraction) {
        settings.minKickFraction(fraction);
    }

    /** The largest share of variables a jump flips at random. */
    public void setMaxKickFraction(String fraction) {
        settings.maxKickFraction(fraction);
    }

    @Override
    public long getSize(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<Move<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .<Move<S>>map(FlipMove::new)
                .iterator();
    }

    @Override
    public Iterator<Move<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, RandomGenerator random) {
        List<BinaryVariable> variables = scoreDirector.getWorkingSolution().getVariables();
        FlipNeighbourhood current = neighbourhoodOf(scoreDirector);
        if (current != null && current.startStep(random) == FlipNeighbourhood.StepKind.JUMP) {
            List<BinaryVariable> flips = new ArrayList<>();
            for (int v : current.jumpFlips()) {
                flips.add(variables.get(v));
            }
            return List.<Move<S>>of(new JumpMove<>(flips)).iterator();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !variables.isEmpty();
            }

            @Override
            public Move<S> next() {
                int v = current == null ? random.nextInt(variables.size()) : current.nextCandidate(random);
                return new FlipMove<>(variables.get(v));
            }
        };
    }

    private FlipNeighbourhood neighbourhoodOf(ScoreDirector<S> scoreDirector) {
        ScoreTracker tracker = null;
        if (scoreDirector instanceof IncrementalScoreDirector<S, ?> incremental
                && incremental.getIncrementalScoreCalculator()
                        instanceof BinaryIncrementalScoreCalculator<?> calculator) {
            tracker = calculator.tracker();
        }
        if (tracker == null || tracker.gains() == null) {
            if (!warned) {
                warned = true;
                LOGGER.warn(
                        "The best-gain flip selector needs Hyperseed's BinaryIncrementalScoreCalculator with flip "
                                + "gains; falling back to random flips. Maybe set incrementalScoreCalculatorClass to {}.",
                        BinaryIncrementalScoreCalculator.class.getName());
            }
            return null;
        }
        if (tracker != trackerInUse) {
            trackerInUse = tracker;
            neighbourhood = new FlipNeighbourhood(tracker, settings.build());
        }
        return neighbourhood;
    }
}
