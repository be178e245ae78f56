package io.hyperseed.neural;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.testing.SharedData;
import io.hyperseed.neural.train.TrainingResult;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed's Cora target with the default stack, epochs fixed (the time limit is the benchmark's business). Slow
 * (run with {@code -Pslow}); skipped without the shared data. Cora is read by the core BIPNN reader. The threshold is
 * one only a working neural seed reaches: the greedy construction gives 1328 and plain random-flip Tabu Search stayed
 * at 1378 for 10-60 s, while the seeder alone reached 1391-1396 over 5 seeds.
 */
@Tag("slow")
class CoraQualityTest {

    @Test
    void defaultStackCutsAtLeastTheSeedsGpuResultOnCora() throws Exception {
        Instance cora = InstanceFiles.readSingle(SharedData.require("seed-bip/cora_hypergraph.txt"), Format.BIPNN);
        NeuralConfig config = NeuralConfig.builder()
                .optTimeLimit(Duration.ofMinutes(20))
                .optDevice("cpu")
                .build();

        TrainingResult r = new HgnnSeeder(config).train(cora.problem(), SeedingContext.of(1));

        assertThat(r.objective()).isGreaterThanOrEqualTo(1390);
        assertThat(r.objective()).isEqualTo(cora.hypergraph().cutWeight(r.assignment()));
    }
}
