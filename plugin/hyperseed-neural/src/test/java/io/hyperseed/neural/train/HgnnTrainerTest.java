package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.neural.NeuralConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The training loop's numerical recovery and time handling, with injected schedules. */
class HgnnTrainerTest {

    private static final NeuralConfig SMALL = NeuralConfig.builder()
            .optInputDim(8)
            .optHiddenSizes(8)
            .optEpochs(100)
            .optEvaluateEvery(5)
            .optSamples(4)
            .optTimeLimit(Duration.ofHours(1))
            .optDevice("cpu")
            .build();
    private static final PuboProblem PROBLEM = RandomProblems.unconstrained(new Random(6), 12, 30, 3, Sense.MAXIMIZE);

    private static TrainingResult train(HgnnTrainer trainer, SeedingContext context) throws Exception {
        TrainingLock.acquire(() -> false);
        try {
            return trainer.train(PROBLEM, context);
        } finally {
            TrainingLock.release();
        }
    }

    private static HgnnTrainer withAnnealing(AnnealingSchedule annealing) {
        return new HgnnTrainer(
                SMALL,
                Device.cpu(),
                annealing,
                PenaltySchedule.geometric(1, 10),
                new EarlyStopping(1000, 0.01),
                PlateauStopping.NEVER);
    }

    @Test
    void aWarmStartFromTheOptimumRoundsToItAtTheFirstEvaluation() throws Exception {
        Solution optimum = BruteForce.solve(PROBLEM);
        float[] start = new float[PROBLEM.numVariables()];
        for (int i = 0; i < start.length; i++) {
            start[i] = optimum.value(i) ? 1f : 0f;
        }
        NeuralConfig twoEpochs = NeuralConfig.builder()
                .optInputDim(8)
                .optHiddenSizes(8)
                .optEpochs(2)
                .optSamples(0)
                .optTimeLimit(Duration.ofHours(1))
                .optDevice("cpu")
                .build();

        TrainingResult warm = train(
                new HgnnTrainer(twoEpochs, Device.cpu()), SeedingContext.of(3).withStartValues(start));

        assertThat(warm.thresholdRounded().objective()).isEqualTo(optimum.objective());
        assertThat(warm.solution().objective()).isEqualTo(optimum.objective());
    }

    @Test
    void aWarmStartOfTheWrongLengthIsRefusedWithTheCounts() {
        HgnnTrainer trainer = new HgnnTrainer(SMALL, Device.cpu());
        SeedingContext context = SeedingContext.of(3).withStartValues(new float[PROBLEM.numVariables() + 1]);

        assertThatThrownBy(() -> train(trainer, context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13 values for 12 variables");
    }

    @Test
    void nonFiniteLossFromEpochElevenIsRecoveredThreeTimesThenTrainingStopsWithTheBestBefore() throws Exception {
        // progress (epoch - 1) / 99 exceeds 0.1 from epoch 11 on: epochs 11-13 recover, epoch 14 stops
        HgnnTrainer trainer = withAnnealing(t -> t > 0.1 ? Double.NaN : -1.0);
        List<SeedProgress> events = new ArrayList<>();

        TrainingResult r = train(trainer, SeedingContext.of(1).withProgress(events::add));

        assertThat(r.stopReason()).isEqualTo(StopReason.NUMERICAL);
        assertThat(r.recoveries()).isEqualTo(3);
        assertThat(r.epochs()).isEqualTo(14);
        assertThat(events).extracting(SeedProgress::epoch).containsExactly(1, 5, 10);
        assertThat(Double.isFinite(r.objective())).isTrue();
        for (float x : r.relaxed()) {
            assertThat(x).isBetween(0f, 1f);
        }
    }

    @Test
    void nonFiniteLossAtTheFirstEpochFailsInsteadOfRoundingAnUntrainedNetwork() {
        HgnnTrainer trainer = withAnnealing(t -> Double.NaN);

        assertThatThrownBy(() -> train(trainer, SeedingContext.of(1)))
                .isInstanceOf(TrainingFailedException.class)
                .hasMessageContaining("not finite")
                .satisfies(
                        e -> assertThat(((TrainingFailedException) e).reason()).isEqualTo(StopReason.NUMERICAL));
    }

    @Test
    void stopBeforeTheFirstEpochFailsWithTheReason() {
        HgnnTrainer trainer = withAnnealing(AnnealingSchedule.linear(-1, 1));
        SeedingContext stopped = SeedingContext.of(1).withStop(() -> true);

        assertThatThrownBy(() -> train(trainer, stopped))
                .isInstanceOf(TrainingFailedException.class)
                .satisfies(
                        e -> assertThat(((TrainingFailedException) e).reason()).isEqualTo(StopReason.STOPPED));
    }

    @Test
    void timeLimitStopEvaluatesTheLatestOutputsSoNoTrainedEpochIsLost() throws Exception {
        // evaluate only every 1000 epochs (and past the fitted horizon): the stop evaluates the last epoch too
        NeuralConfig rare = SMALL.toBuilder()
                .optEpochs(1_000_000)
                .optEvaluateEvery(1000)
                .optTimeLimit(Duration.ofMillis(1500))
                .build();
        HgnnTrainer trainer = new HgnnTrainer(
                rare,
                Device.cpu(),
                AnnealingSchedule.linear(-1, 1),
                PenaltySchedule.geometric(1, 10),
                new EarlyStopping(1_000_000, 0.01),
                PlateauStopping.NEVER);
        List<SeedProgress> events = new ArrayList<>();

        TrainingResult r = train(trainer, SeedingContext.of(2).withProgress(events::add));

        assertThat(r.stopReason()).isEqualTo(StopReason.TIME_LIMIT);
        assertThat(r.epochs()).isGreaterThan(1);
        assertThat(events.get(0).epoch()).isEqualTo(1);
        assertThat(events.get(events.size() - 1).epoch()).isEqualTo(r.epochs());
        // the schedule was fitted to the 1.5 s: annealing went most of the way from -1 to 1 (with the maximum
        // of a million epochs as horizon it would still be at -1)
        assertThat(events.get(events.size() - 1).annealingWeight()).isGreaterThan(0.5);
        assertThat(r.time()).isLessThan(Duration.ofMillis(2500));
    }
}
