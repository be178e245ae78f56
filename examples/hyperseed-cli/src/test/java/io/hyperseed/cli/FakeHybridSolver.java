package io.hyperseed.cli;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.ProgressPoint;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A test solver (framework {@code fake}), so CLI tests do not depend on Timefold or DJL: "neural" configs report
 * a few training epochs and seed with a random assignment; every config then improves with the core's greedy
 * local search. Deterministic per random seed.
 */
public final class FakeHybridSolver implements HybridSolver {

    @Override
    public String framework() {
        return "fake";
    }

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, SolveListener listener) {
        var problem = instance.problem();
        Random random = new Random(options.randomSeed());
        boolean[] start = new boolean[problem.numVariables()];
        for (int i = 0; i < start.length; i++) {
            start[i] = random.nextBoolean();
        }
        Solution initial = Solution.evaluate(problem, start);
        List<ProgressPoint> points = new ArrayList<>();
        Seed seed = null;
        Duration seedTime = Duration.ZERO;
        if (options.config().startsWith("neural")) {
            int epochs = Integer.parseInt(options.neuralProperties().getOrDefault("epochs", "3"));
            for (int epoch = 1; epoch <= epochs; epoch++) {
                listener.onSeedProgress(
                        new SeedProgress(epoch, -epoch, 0.1, initial.objective(), 0.0, 0.5, Duration.ofMillis(epoch)));
            }
            seedTime = Duration.ofMillis(epochs);
            seed = new Seed(initial, "fake-hgnn", seedTime, Map.of("epochs", epochs));
        }
        ProgressPoint first = new ProgressPoint(
                seedTime.plusMillis(1),
                initial.objective(),
                initial.violation(),
                seed == null ? "construction" : "neural");
        points.add(first);
        listener.onNewBest(first);
        Solution best = options.config().equals("neural") ? initial : GreedyLocalSearch.improve(problem, start);
        ProgressPoint last = new ProgressPoint(seedTime.plusMillis(5), best.objective(), best.violation(), "tabu");
        points.add(last);
        listener.onNewBest(last);
        return new SolveResult(
                framework(), options.config(), best, seed, seedTime, seedTime.plusMillis(6), points, 1000);
    }
}
