package io.hyperseed.neural.train;

import io.hyperseed.core.eval.Solution;
import java.time.Duration;
import java.util.Objects;

/**
 * What a training produced. With restarts ({@link io.hyperseed.neural.NeuralConfig#restarts()} > 1) the
 * per-solution fields come from the winning restart and the counters cover all of them.
 *
 * @param relaxed the relaxed outputs {@code x in [0,1]^n} that gave the best rounded solution (a copy; of the
 *        winning restart)
 * @param thresholdRounded the best plain 0.5-threshold rounding seen during the winning restart's training,
 *        before sampling and repair
 * @param solution the final assignment: best of threshold and samples, then greedy one-flip repair/improvement;
 *        with restarts the best of all restarts' final assignments (feasibility first, then objective)
 * @param epochs the number of epochs run, summed over all restarts
 * @param time the wall time of training and rounding, all restarts together
 * @param finalLoss the loss of the last epoch of the winning restart (NaN when none ran)
 * @param stopReason why training ended: the last restart's reason, or {@link StopReason#STOPPED} /
 *        {@link StopReason#TIME_LIMIT} when that kept a further restart from starting
 * @param recoveries how many times training resumed from the best state after a non-finite loss, summed over
 *        all restarts
 * @param restarts how many trainings ran (1 without restarts)
 * @param bestRestart the 0-based index {@code k} of the restart whose solution won (its seed is
 *        {@link HgnnTrainer#restartSeed(long, int)})
 */
public record TrainingResult(
        float[] relaxed,
        Solution thresholdRounded,
        Solution solution,
        int epochs,
        Duration time,
        double finalLoss,
        StopReason stopReason,
        int recoveries,
        int restarts,
        int bestRestart) {

    public TrainingResult {
        relaxed = relaxed.clone();
        Objects.requireNonNull(thresholdRounded, "thresholdRounded");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(stopReason, "stopReason");
        if (restarts < 1 || bestRestart < 0 || bestRestart >= restarts) {
            throw new IllegalArgumentException(
                    "The winning restart (" + bestRestart + ") must be in [0, restarts (" + restarts + ")).");
        }
    }

    /** The result of a single training (no restarts). */
    public TrainingResult(
            float[] relaxed,
            Solution thresholdRounded,
            Solution solution,
            int epochs,
            Duration time,
            double finalLoss,
            StopReason stopReason,
            int recoveries) {
        this(relaxed, thresholdRounded, solution, epochs, time, finalLoss, stopReason, recoveries, 1, 0);
    }

    @Override
    public float[] relaxed() {
        return relaxed.clone();
    }

    /** The rounded assignment (a copy). */
    public boolean[] assignment() {
        return solution.values();
    }

    /** The objective of the final assignment. */
    public double objective() {
        return solution.objective();
    }

    /** The total constraint violation of the final assignment (0 when feasible). */
    public double violation() {
        return solution.violation();
    }
}
