package io.hyperseed.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.testing.SeedToy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code data/examples} files are exactly what {@link ExampleData} writes, and they read back. */
class ExampleDataTest {

    @TempDir
    Path dir;

    private static Path committedExamples() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("data/examples")) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolve("data/examples");
            }
        }
        throw new AssertionError("No data/examples folder above " + here + ". Maybe run "
                + "'java -cp plugin/hyperseed-core/target/classes io.hyperseed.core.generate.ExampleData'?");
    }

    @Test
    void committedExamplesAreByteIdenticalToRegeneratedOnes() throws IOException {
        ExampleData.writeAll(dir);
        Path committed = committedExamples();
        for (String file : ExampleData.FILES) {
            assertThat(Files.readAllBytes(committed.resolve(file)))
                    .as("data/examples/%s drifted from its generator; rerun ExampleData (see data/README.md)", file)
                    .isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void everyExampleReadsBackWithFormatDetection() throws IOException {
        Path committed = committedExamples();
        for (String file : ExampleData.FILES) {
            Instance instance = InstanceFiles.readSingle(committed.resolve(file), null);
            assertThat(instance.problem().numVariables()).as(file).isPositive();
        }
    }

    @Test
    void theToyFileIsTheSeedToyWithItsKnownOptimum() throws IOException {
        PuboProblem read = InstanceFiles.readSingle(committedExamples().resolve("seed-toy.pubo"), null)
                .problem();
        PuboProblem toy = SeedToy.problem();
        for (int mask = 0; mask < 16; mask++) {
            boolean[] x = {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0};
            assertThat(read.objectiveValue(x)).isEqualTo(toy.objectiveValue(x));
            assertThat(read.totalViolation(x)).isEqualTo(toy.totalViolation(x));
        }
        Solution best = BruteForce.solve(read);
        assertThat(best.values()).containsExactly(true, true, false, false);
        assertThat(best.objective()).isCloseTo(SeedToy.OPTIMUM, offset(1e-12));
    }

    @Test
    void theRandomProgramFileIsFeasibleAtItsPlantedPoint() throws IOException {
        PuboProblem read = InstanceFiles.readSingle(committedExamples().resolve("random-program-30.pubo"), null)
                .problem();
        RandomPrograms.Planted planted = RandomPrograms.generate(RandomPrograms.Spec.of(30), ExampleData.SEED);
        assertThat(read.isFeasible(planted.planted())).isTrue();
        assertThat(read.objectiveValue(planted.planted()))
                .isEqualTo(planted.problem().objectiveValue(planted.planted()));
    }
}
