package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.timefold.domain.MaxCutSolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a library user does with the published artifacts: read a problem, solve it with the shipped config. */
class ConsumerTest {

    @Test
    void thePublishedTimefoldPhaseSolvesAMaxCutWithTheNeuralSeeder(@TempDir Path dir) throws Exception {
        // a 5-cycle plus one chord, in the rudy (G-set) format: the maximum cut is 5
        Path file = Files.writeString(dir.resolve("c5.txt"), "5 6\n1 2 1\n2 3 1\n3 4 1\n4 5 1\n5 1 1\n1 3 1\n");
        Instance instance = InstanceFiles.readSingle(file, null);
        SolverConfig config = SolverConfig.createFromXmlResource(
                "io/hyperseed/timefold/maxCutNeuralTabuSolverConfig.xml")
                .withRandomSeed(1L)
                .withTerminationSpentLimit(Duration.ofSeconds(2));

        MaxCutSolution best = SolverFactory.<MaxCutSolution>create(config).buildSolver()
                .solve(MaxCutSolution.fromInstance(instance));
        Solution checked = best.toSolution();

        assertEquals(5.0, checked.objective(), "the maximum cut of the graph");
        assertEquals(0.0, checked.violation());
    }

    @Test
    void thePyTorchNativeLibraryForThisPlatformCameWithTheDependency() {
        // fails here (not in a silent greedy fallback) when the OS-selected native jar did not reach this build
        Engine engine = Engine.getEngine("PyTorch");
        assertEquals("PyTorch", engine.getEngineName());
        assertTrue(engine.getVersion().startsWith("2.5.1"), () -> "PyTorch version " + engine.getVersion());
    }
}
