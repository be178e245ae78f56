package io.hyperseed.neural.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.neural.data.TermLayout;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultilinearExtensionTest {

    @Test
    void valueEqualsTheCoreRelaxedValueAtRandomPoints() {
        Random random = new Random(7);
        Polynomial p = RandomProblems.polynomial(random, 9, 40, 6);
        try (NDManager manager = NDManager.newBaseManager()) {
            MultilinearExtension f = new MultilinearExtension(TermLayout.of(9, List.of(p)), manager);
            for (int k = 0; k < 5; k++) {
                double[] x = randomPoint(random, 9);
                NDArray value = f.rows(MultilinearExtension.literalValues(manager.create(toFloat(x))));
                assertThat((double) value.getFloat(0)).isCloseTo(p.relaxedValue(x), within(1e-4));
            }
        }
    }

    @Test
    void lossGradientMatchesFiniteDifferencesOfTheCoreRelaxedValue() {
        Random random = new Random(11);
        PuboProblem problem = RandomProblems.unconstrained(random, 8, 30, 4, Sense.MAXIMIZE);
        Polynomial p = problem.objective();
        double[] x = randomPoint(random, 8);
        float[] gradient;
        try (NDManager manager = NDManager.newBaseManager()) {
            RelaxedLoss loss = new RelaxedLoss(problem, manager);
            NDArray input = manager.create(toFloat(x));
            input.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(loss.loss(input, 0.0, 0.0));
            }
            gradient = input.getGradient().toFloatArray();
        }
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            double expected = -(p.relaxedValue(up) - p.relaxedValue(down)) / (2 * h);
            assertThat((double) gradient[i]).as("d loss / d x%d", i).isCloseTo(expected, within(1e-3));
        }
    }

    @Test
    void annealingTermAddsFourXTimesOneMinusX() {
        PuboProblem problem = PuboProblem.of("zero", Sense.MINIMIZE, Polynomial.zero(2));
        try (NDManager manager = NDManager.newBaseManager()) {
            RelaxedLoss loss = new RelaxedLoss(problem, manager);
            float value = loss.loss(manager.create(new float[] {0.5f, 0.25f}), -2.0, 0.0)
                    .getFloat();
            assertThat(value).isCloseTo(-2f * 4f * (0.25f + 0.1875f), within(1e-5f));
        }
    }

    private static double[] randomPoint(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.05 + 0.9 * random.nextDouble();
        }
        return x;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }
}
