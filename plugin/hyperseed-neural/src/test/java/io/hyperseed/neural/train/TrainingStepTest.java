package io.hyperseed.neural.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.neural.NeuralConfig;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingStepTest {

    private static final NeuralConfig SMALL =
            NeuralConfig.builder().optInputDim(8).optHiddenSizes(8, 4).build();

    /** DJL's gradient collector is JVM-wide: these tests train outside a seeder, so they take its lock. */
    @BeforeEach
    void takeTheTrainingLock() throws SeedingException {
        TrainingLock.acquire(() -> false);
    }

    @AfterEach
    void releaseTheTrainingLock() {
        TrainingLock.release();
    }

    @Test
    void liveArraysStayFlatAcrossEpochs() {
        assertFlat(SMALL);
    }

    @Test
    void liveArraysStayFlatWithDropoutAndBatchNorm() {
        assertFlat(SMALL.toBuilder().optDropout(0.2).optBatchNorm(true).build());
    }

    private static void assertFlat(NeuralConfig config) {
        PuboProblem problem = RandomProblems.constrained(new Random(2), 10, 20, Sense.MAXIMIZE);
        try (TrainingStep step = new TrainingStep(problem, config, Device.cpu(), new Random(1))) {
            for (int k = 0; k < 3; k++) {
                step.forwardBackward(0.5, 1.0, true);
                step.applyGradients(1.0);
                step.infer();
            }
            int before = step.liveArrays();
            for (int k = 0; k < 40; k++) {
                step.forwardBackward(0.5, 1.0, true);
                step.applyGradients(1.0);
                step.infer();
            }
            assertThat(step.liveArrays()).isEqualTo(before);
        }
    }

    @Test
    void clippingScalesTheGlobalNormDownToTheThreshold() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray[] gradients = {manager.create(new float[] {3f, 0f}), manager.create(new float[] {4f})};
            double before = TrainingStep.clip(gradients, 1.0);

            assertThat(before).isCloseTo(5.0, within(1e-6));
            assertThat(gradients[0].toFloatArray()).containsExactly(new float[] {0.6f, 0f}, within(1e-6f));
            assertThat(gradients[1].toFloatArray()).containsExactly(new float[] {0.8f}, within(1e-6f));
        }
    }

    @Test
    void clippingLeavesSmallGradientsAlone() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray[] gradients = {manager.create(new float[] {0.3f, 0.4f})};
            TrainingStep.clip(gradients, 1.0);
            assertThat(gradients[0].toFloatArray()).containsExactly(0.3f, 0.4f);
        }
    }

    @Test
    void gradientsMatchCentralFiniteDifferencesOfTheLoss() {
        PuboProblem problem = RandomProblems.constrained(new Random(3), 10, 25, Sense.MINIMIZE);
        try (TrainingStep step = new TrainingStep(problem, SMALL, Device.cpu(), new Random(2))) {
            float[][] base = step.network().snapshot();
            step.forwardBackward(0.3, 2.0, false);
            List<NDArray> parameters = step.network().parameters();
            float eps = 1e-2f;
            for (int k : new int[] {0, parameters.size() - 1}) {
                float[] gradient = parameters.get(k).getGradient().toFloatArray();
                for (int j = 0; j < Math.min(4, gradient.length); j++) {
                    double plus = lossWith(step, base, k, j, eps);
                    double minus = lossWith(step, base, k, j, -eps);
                    double numeric = (plus - minus) / (2 * eps);
                    assertThat(gradient[j]).as("parameter %d entry %d", k, j).isCloseTo((float) numeric, within((float)
                            (5e-3 + 0.03 * Math.abs(numeric))));
                }
            }
        }
    }

    private static double lossWith(TrainingStep step, float[][] base, int k, int j, float delta) {
        float[][] changed = new float[base.length][];
        for (int i = 0; i < base.length; i++) {
            changed[i] = base[i].clone();
        }
        changed[k][j] += delta;
        step.network().restore(changed);
        return step.forwardBackward(0.3, 2.0, false).loss();
    }

    @Test
    void dropoutMakesTrainingOutputsDifferFromInference() {
        PuboProblem problem = RandomProblems.unconstrained(new Random(4), 12, 30, 3, Sense.MINIMIZE);
        NeuralConfig config = SMALL.toBuilder().optDropout(0.5).build();
        try (TrainingStep step = new TrainingStep(problem, config, Device.cpu(), new Random(1))) {
            assertThat(step.forwardBackward(0, 0, true).outputs()).isNull();
            assertThat(step.infer()).hasSize(12).isEqualTo(step.infer());
        }
    }
}
