package io.hyperseed.neural.train;

import io.hyperseed.core.eval.Solution;
import java.time.Duration;
import java.util.Objects;

/**
 * What one training produced.
 *
 * @param relaxed the relaxed outputs {@code x in [0,1]^n} that gave the best rounded solution (a copy)
 * @param thresholdRounded the best plain 0.5-threshold rounding seen during training, before sampling and repair
 * @param solution the final assignment: best of threshold and samples, then greedy one-flip repair/improvement
 * @param epochs the number of epochs run
 * @param time the wall time of training and rounding
 * @param finalLoss the loss of the last epoch (NaN when none ran)
 * @param stopReason why training ended
 * @param recoveries how many times training resumed from the best state after a non-finite loss
 */
public record TrainingResult(float[] relaxed, Solution thresholdRounded, Solution solution, int epochs,
        Duration time, double finalLoss, StopReason stopReason, int recoveries) {

    public TrainingResult {
        relaxed = relaxed.clone();
        Objects.requireNonNull(thresholdRounded, "thresholdRounded");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(stopReason, "stopReason");
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
