package io.hyperseed.optaplanner.move;

import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.search.FlipNeighbourhood;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import io.hyperseed.optaplanner.score.BinaryIncrementalScoreCalculator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.optaplanner.core.impl.score.director.incremental.IncrementalScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The best-gain flip neighbourhood for OptaPlanner's own local search, the twin of the Timefold adapter's selector of
 * the same name: every step offers {@link FlipMove}s in decreasing order of flip gain (from the calculator's tracker,
 * {@link ScoreTracker#gains()}), so Tabu Search with {@code acceptedCountLimit} 1 takes the best non-tabu flip; after a
 * stall it offers one {@link JumpMove} back to the elite solution with random kicks ({@link FlipNeighbourhood}).
 * Properties ({@code <moveIteratorFactoryCustomProperties>}): {@code candidates}, {@code stallSteps},
 * {@code minKickFraction}, {@code maxKickFraction}. Needs Hyperseed's {@link BinaryIncrementalScoreCalculator}; else
 * it falls back to uniformly random flips (one warning).
 */
public final class BestFlipMoveIteratorFactory
        implements MoveIteratorFactory<BinarySolution, AbstractMove<BinarySolution>> {

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
    public long getSize(ScoreDirector<BinarySolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<AbstractMove<BinarySolution>> createOriginalMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .<AbstractMove<BinarySolution>>map(FlipMove::new)
                .iterator();
    }

    @Override
    public Iterator<AbstractMove<BinarySolution>> createRandomMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector, Random random) {
        List<BinaryVariable> variables = scoreDirector.getWorkingSolution().getVariables();
        FlipNeighbourhood current = neighbourhoodOf(scoreDirector);
        if (current != null && current.startStep(random) == FlipNeighbourhood.StepKind.JUMP) {
            List<BinaryVariable> flips = new ArrayList<>();
            for (int v : current.jumpFlips()) {
                flips.add(variables.get(v));
            }
            return List.<AbstractMove<BinarySolution>>of(new JumpMove(flips)).iterator();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !variables.isEmpty();
            }

            @Override
            public AbstractMove<BinarySolution> next() {
                int v = current == null ? random.nextInt(variables.size()) : current.nextCandidate(random);
                return new FlipMove(variables.get(v));
            }
        };
    }

    private FlipNeighbourhood neighbourhoodOf(ScoreDirector<BinarySolution> scoreDirector) {
        ScoreTracker tracker = null;
        if (scoreDirector instanceof IncrementalScoreDirector<BinarySolution, ?> incremental
                && incremental.getIncrementalScoreCalculator() instanceof BinaryIncrementalScoreCalculator calculator) {
            tracker = calculator.tracker();
        }
        if (tracker == null || tracker.gains() == null) {
            if (!warned) {
                warned = true;
                LOGGER.warn("The best-gain flip selector needs Hyperseed's BinaryIncrementalScoreCalculator with flip "
                        + "gains; falling back to random flips.");
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
