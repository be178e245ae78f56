package io.hyperseed.graphap.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LuDecompositionTest {

    @Test
    void solvesARandomSystemToSmallResidual() {
        Random random = new Random(7);
        int n = 12;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextGaussian();
            for (int j = 0; j < n; j++) {
                a[i][j] = random.nextGaussian();
            }
        }
        double[] x = new LuDecomposition(a).solve(b);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a[i][j] * x[j];
            }
            assertThat(sum).isCloseTo(b[i], within(1e-9));
        }
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        double[][] a = {{4, 1}, {2, 3}};
        double[][] inverse = new LuDecomposition(a).inverse();
        assertThat(a[0][0] * inverse[0][0] + a[0][1] * inverse[1][0]).isCloseTo(1, within(1e-12));
        assertThat(a[1][0] * inverse[0][1] + a[1][1] * inverse[1][1]).isCloseTo(1, within(1e-12));
        assertThat(a[1][0] * inverse[0][0] + a[1][1] * inverse[1][0]).isCloseTo(0, within(1e-12));
    }

    @Test
    void singularMatrixIsRejected() {
        assertThatThrownBy(() -> new LuDecomposition(new double[][] {{1, 2}, {2, 4}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("singular");
    }
}
