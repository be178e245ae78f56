package io.hyperseed.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlipNeighbourhoodTest {

    private static final FlipNeighbourhood.Settings NO_JUMPS = new FlipNeighbourhood.Settings(4, 0, 0.01, 0.1);

    @Test
    void offersEveryVariableOnceBestFirstThenRandomOnes() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(5), 30, 90, 3, true);
        ScoreTracker tracker = ScoreTracker.of(graph);
        tracker.reset(new boolean[30]);
        FlipNeighbourhood neighbourhood = new FlipNeighbourhood(tracker, NO_JUMPS);
        SplittableRandom random = new SplittableRandom(1);
        assertThat(neighbourhood.startStep(random)).isEqualTo(FlipNeighbourhood.StepKind.BEST_FIRST);
        int[] offered = new int[30];
        for (int i = 0; i < 30; i++) {
            offered[i] = neighbourhood.nextCandidate(random);
        }
        assertThat(offered).doesNotHaveDuplicates();
        for (int i = 1; i < 30; i++) {
            assertThat(tracker.gains().softGain(offered[i]))
                    .isLessThanOrEqualTo(tracker.gains().softGain(offered[i - 1]));
        }
        assertThat(neighbourhood.nextCandidate(random)).isBetween(0, 29);
    }

    @Test
    void greedyStepsOnTheBestCandidateReachALocalOptimum() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(9), 80, 300, 4, true);
        ScoreTracker tracker = ScoreTracker.of(graph);
        tracker.reset(new boolean[80]);
        FlipNeighbourhood neighbourhood = new FlipNeighbourhood(tracker, NO_JUMPS);
        SplittableRandom random = new SplittableRandom(2);
        for (int step = 0; step < 1000; step++) {
            neighbourhood.startStep(random);
            int v = neighbourhood.nextCandidate(random);
            if (tracker.gains().softGain(v) <= 0) {
                break;
            }
            tracker.set(v, !tracker.get(v));
        }
        for (int v = 0; v < 80; v++) {
            assertThat(tracker.gains().softGain(v)).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void jumpsBackToTheEliteWithKicksAfterAStall() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(4), 200, 600, 3, false);
        ScoreTracker tracker = ScoreTracker.of(graph);
        boolean[] start = new boolean[200];
        tracker.reset(start);
        FlipNeighbourhood neighbourhood =
                new FlipNeighbourhood(tracker, new FlipNeighbourhood.Settings(4, 3, 0.02, 0.1));
        SplittableRandom random = new SplittableRandom(3);
        assertThat(neighbourhood.startStep(random)).isEqualTo(FlipNeighbourhood.StepKind.BEST_FIRST);
        long eliteScore = tracker.softScore();
        // worsen the assignment: no new best for three steps
        for (int step = 0; step < 3; step++) {
            int v = step;
            tracker.set(v, !tracker.get(v));
            if (tracker.softScore() > eliteScore) {
                tracker.set(v, !tracker.get(v));
            }
            FlipNeighbourhood.StepKind kind = neighbourhood.startStep(random);
            if (kind == FlipNeighbourhood.StepKind.JUMP) {
                int[] flips = neighbourhood.jumpFlips();
                boolean[] after = new boolean[200];
                for (int v2 = 0; v2 < 200; v2++) {
                    after[v2] = tracker.get(v2);
                }
                for (int f : flips) {
                    after[f] = !after[f];
                }
                int distanceToElite = 0;
                for (int v2 = 0; v2 < 200; v2++) {
                    distanceToElite += after[v2] != start[v2] ? 1 : 0;
                }
                assertThat(distanceToElite).isBetween(1, 4);
                assertThat(neighbourhood.jumps()).isEqualTo(1);
                return;
            }
        }
        throw new AssertionError("no jump after the stall");
    }

    @Test
    void rejectsATrackerWithoutGainsAndBadSettings() {
        ScoreTracker noGains = ScoreTracker.of(RandomProblems.unconstrained(new Random(1), 5, 5, 2, Sense.MAXIMIZE));
        if (noGains.gains() == null) {
            assertThatThrownBy(() -> new FlipNeighbourhood(noGains, NO_JUMPS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("keeps no flip gains");
        }
        assertThatThrownBy(() -> new FlipNeighbourhood.Settings(0, 1, 0.1, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0)");
        assertThatThrownBy(() -> new FlipNeighbourhood.Settings(1, 1, 0.3, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
