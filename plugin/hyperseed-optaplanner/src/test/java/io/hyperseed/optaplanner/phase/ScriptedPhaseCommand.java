package io.hyperseed.optaplanner.phase;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.FallbackSeeder;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The neural phase with a scripted primary seeder in place of HGNN+ (the solver instantiates command classes, so
 * the script is static): records the warnings and the seeding contexts it got.
 */
public class ScriptedPhaseCommand extends NeuralPhaseCommand {

    static volatile Seeder primary = ScriptedPhaseCommand::failing;
    static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    static final List<Long> RANDOM_SEEDS = new CopyOnWriteArrayList<>();

    /** Resets the script to "fail" and clears the records. */
    static void reset(Seeder script) {
        primary = script;
        WARNINGS.clear();
        RANDOM_SEEDS.clear();
    }

    @Override
    public Seeder createSeeder(Consumer<String> warning) {
        Seeder recording = (problem, context) -> {
            RANDOM_SEEDS.add(context.randomSeed());
            return primary.seed(problem, context);
        };
        return new FallbackSeeder(recording, new GreedySeeder(), w -> {
            WARNINGS.add(w);
            warning.accept(w);
        });
    }

    /** A seeder that fails like a missing native library would. */
    static Seed failing(PuboProblem problem, SeedingContext context) throws SeedingException {
        throw new SeedingException("simulated: no native library");
    }

    /** A seeder that trains until told to stop, reporting an epoch every 10 ms, then returns the greedy seed. */
    static Seed untilStopped(PuboProblem problem, SeedingContext context) throws SeedingException {
        long start = System.nanoTime();
        int epoch = 0;
        while (!context.shouldStop()) {
            epoch++;
            context.progress()
                    .accept(new SeedProgress(
                            epoch,
                            1.0 / epoch,
                            0.0,
                            Double.NaN,
                            0.0,
                            1.0,
                            Duration.ofNanos(System.nanoTime() - start)));
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Seed greedy = new GreedySeeder().seed(problem, context);
        return new Seed(
                greedy.solution(), "scripted", Duration.ofNanos(System.nanoTime() - start), Map.of("epochs", epoch));
    }
}
