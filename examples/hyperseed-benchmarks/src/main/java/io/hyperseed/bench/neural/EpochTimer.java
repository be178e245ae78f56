package io.hyperseed.bench.neural;

import ai.djl.Device;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.train.TrainingStep;
import java.util.Arrays;
import java.util.Random;

/**
 * Bare training epochs (forward, loss, backward, optimizer step; no evaluation or rounding) on the CPU, for timing
 * and memory. One {@link TrainingStep} per timer (seed 1); close it to free its native memory.
 */
final class EpochTimer implements AutoCloseable {

    private final TrainingStep step;

    EpochTimer(PuboProblem problem, NeuralConfig config) {
        step = new TrainingStep(problem, config, Device.cpu(), new Random(1));
    }

    long numParameters() {
        return step.network().numParameters();
    }

    int liveArrays() {
        return step.liveArrays();
    }

    /** The median wall time of one epoch over {@code runs} epochs, after {@code warmup} epochs. */
    double medianMillis(int warmup, int runs) {
        for (int k = 0; k < warmup; k++) {
            epoch();
        }
        double[] ms = new double[runs];
        for (int k = 0; k < runs; k++) {
            long start = System.nanoTime();
            epoch();
            ms[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    void epoch() {
        step.forwardBackward(0.0, 1.0, false);
        step.applyGradients(1.0);
    }

    @Override
    public void close() {
        step.close();
    }
}
