package io.hyperseed.neural.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.testing.SharedData;
import io.hyperseed.neural.HgnnSeeder;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.train.TrainingResult;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The seed's Cora target with the default stack, epochs fixed (the time limit is the benchmark's business). */
@Tag("slow")
class CoraQualityTest {

    @Test
    void defaultStackCutsAtLeastTheSeedsGpuResultOnCora() throws Exception {
        PuboProblem cora = MaxCut.compact(
                BenchmarkFiles.readZeroBasedEdges(SharedData.require("seed-bip/cora_hypergraph.txt")), "cora");
        NeuralConfig config = NeuralConfig.builder().optTimeLimit(Duration.ofMinutes(20)).optDevice("cpu").build();
        TrainingResult r = new HgnnSeeder(config).train(cora, SeedingContext.of(1));

        assertThat(r.objective()).isGreaterThanOrEqualTo(1394);
    }

    @Test
    void toyFromTheBenchmarkMatchesTheCoreFixture() {
        assertThat(ToyProblem.problem().objective().toString())
                .isEqualTo(io.hyperseed.core.testing.SeedToy.problem().objective().toString());
    }
}
