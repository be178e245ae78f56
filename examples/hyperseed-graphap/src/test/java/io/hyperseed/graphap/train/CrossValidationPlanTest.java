package io.hyperseed.graphap.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationPlanTest {

    @Test
    void mutagSizedSplitHoldsOut38AndCutsFoldsOf15() {
        CrossValidationPlan plan = CrossValidationPlan.create(188, 0.2, 10, 1234);
        assertThat(plan.testIndices()).hasSize(38);
        for (int f = 0; f < 10; f++) {
            assertThat(plan.validation(f)).hasSize(15);
            assertThat(plan.training(f)).hasSize(135);
        }
    }

    @Test
    void testValidationAndTrainingPartitionEveryIndex() {
        CrossValidationPlan plan = CrossValidationPlan.create(57, 0.2, 5, 7);
        for (int f = 0; f < plan.foldCount(); f++) {
            Set<Integer> seen = new HashSet<>();
            IntStream.concat(
                            IntStream.concat(Arrays.stream(plan.testIndices()), Arrays.stream(plan.validation(f))),
                            Arrays.stream(plan.training(f)))
                    .forEach(i -> assertThat(seen.add(i)).as("index %d", i).isTrue());
            assertThat(seen).hasSize(57);
        }
    }

    @Test
    void sameSeedGivesSamePlanAndAnotherSeedDiffers() {
        assertThat(CrossValidationPlan.create(100, 0.2, 10, 1)).isEqualTo(CrossValidationPlan.create(100, 0.2, 10, 1));
        assertThat(CrossValidationPlan.create(100, 0.2, 10, 1))
                .isNotEqualTo(CrossValidationPlan.create(100, 0.2, 10, 2));
    }

    @Test
    void moreFoldsThanSamplesIsRejected() {
        assertThatThrownBy(() -> CrossValidationPlan.create(10, 0.2, 9, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(9)")
                .hasMessageContaining("Maybe");
    }

    @Test
    void summaryUsesPopulationStandardDeviation() {
        AccuracySummary summary = AccuracySummary.of(new double[] {0.5, 1.0});
        assertThat(summary.mean()).isEqualTo(0.75);
        assertThat(summary.std()).isEqualTo(0.25);
    }
}
