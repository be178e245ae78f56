package io.hyperseed.neural;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.train.StopReason;
import io.hyperseed.neural.train.TimeBudget;
import io.hyperseed.neural.train.TrainingFailedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeder the framework phases run: never worse than the greedy construction, and never a silent fallback.
 * Within one {@link TimeBudget} ({@link NeuralConfig#timeLimit()} from the call, and the caller's stop signal) it
 * first builds the greedy construction plus one-flip local search (the same flips as {@link GreedyLocalSearch#solve},
 * its construction pass always completes; later sweeps stop at the deadline within 1024 variables), then trains {@link HgnnSeeder} in the time left, and returns the better of the two
 * (feasibility first, then objective; the neural seed on ties), logging which. The returned {@link Seed}'s
 * producer says where it came from: {@value HgnnSeeder#PRODUCER} or {@value #GREEDY}; its details add
 * {@code greedyObjective}, {@code greedyViolation} and, when training ran, {@code neuralObjective} and
 * {@code neuralViolation}.
 *
 * <p>Time: the greedy construction runs first, in the caller's thread, and stops at the deadline (after a sweep).
 * Training runs in its own daemon thread, which checks the clock before every step ({@link
 * io.hyperseed.neural.train.HgnnTrainer}); the caller waits for it until the deadline plus {@link #GRACE}, passing
 * the caller's stop signal on. A step that cannot be interrupted (a native setup or epoch that outlasts the
 * estimate) therefore cannot hold the caller: it gets the greedy seed and a warning, and the abandoned thread
 * ends after its current step, releasing its memory and the training lock. Training does not start at all when
 * its set-up and {@link #MIN_EPOCHS} epochs, guessed from the greedy construction's time
 * ({@link #SET_UP_PER_GREEDY}), would not fit in the time left (a warning says so).
 *
 * <p>Failures: when the neural part fails (native library missing, no finite output, not even one epoch in the
 * time, out of memory, any runtime error) one warning naming the cause goes to {@code warning} (the stack trace to
 * the debug log) and the greedy seed is returned. A training that stopped on a non-finite loss after recoveries
 * ({@link StopReason#NUMERICAL}) also gets a warning, and its best rounding before the failure competes with the
 * greedy seed as usual. Cost: the greedy construction's {@code O(sweeps * sum of flip costs)} plus the training's.
 */
public final class GuardedSeeder implements Seeder {

    /** The producer of the greedy seed (the same name as core {@code GreedySeeder}'s). */
    public static final String GREEDY = "greedy";

    /** How long past the deadline the seeder waits for the training thread before it gives up on it. */
    public static final Duration GRACE = Duration.ofMillis(250);

    /**
     * The training's set-up ({@code O(L)}: the hypergraph, the propagation matrices, the tensors) is guessed as this
     * many times the greedy construction's time, which is also {@code O(L)} and is measured first on the same
     * machine. Training does not start when the guess exceeds the time left, so no thread is left to run on in the
     * background. Measured: at 10^6 vertices (4.5 million pins) the set-up took 6.9 s against 0.7 s for the greedy
     * construction (ratio about 10); 5 keeps the guess on the low side, so training is skipped only when it is
     * hopeless.
     */
    static final long SET_UP_PER_GREEDY = 5;

    /**
     * The fewest epochs worth starting a training for: with fewer the seed is close to the rounding of the untrained
     * network, which has never beaten the greedy one in our tables. Before training, an epoch is guessed as half
     * the set-up (the trainer's own prior, {@link io.hyperseed.neural.train.HgnnTrainer}), so training starts only
     * when {@code (1 + MIN_EPOCHS / 2)} set-ups fit in the time left. At 10^6 vertices (greedy about 1.3 s) that
     * needs about 40 s of neural share, at 10^5 (greedy about 0.1 s) about 3 s.
     */
    static final int MIN_EPOCHS = 10;

    private static final long POLL_MILLIS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(GuardedSeeder.class);

    private final HgnnSeeder neural;
    private final Consumer<String> warning;

    /** A guarded HGNN+ seeder with {@code config}; {@code warning} receives one line per failure. */
    public GuardedSeeder(NeuralConfig config, Consumer<String> warning) {
        this.neural = new HgnnSeeder(config);
        this.warning = Objects.requireNonNull(warning, "warning");
    }

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) {
        AtomicBoolean abandon = new AtomicBoolean();
        TimeBudget budget = TimeBudget.startingNow(neural.config().timeLimit(), abandon::get);
        Seed greedy = greedy(problem, () -> context.shouldStop() || budget.expired());
        long setUpGuess = SET_UP_PER_GREEDY * greedy.elapsed().toNanos();
        long startGuess = setUpGuess + MIN_EPOCHS * (setUpGuess / 2);
        if (startGuess > budget.remainingNanos()) {
            String cause = "skipped: its set-up and " + MIN_EPOCHS + " epochs would take about "
                    + Math.round(startGuess / 1e6) + " ms (set-up " + SET_UP_PER_GREEDY
                    + " x the greedy construction's " + greedy.elapsed().toMillis()
                    + " ms, an epoch half the set-up) and "
                    + Math.max(0, budget.remainingNanos() / 1_000_000) + " ms are left";
            warn("The neural training was " + cause + "; seeding with the greedy construction. Maybe give the "
                    + "neural phase more time?");
            return labelled(greedy, cause);
        }
        SeedingContext workerContext = context.withStop(abandon::get);
        FutureTask<Seed> task = new FutureTask<>(() -> neural.seed(problem, workerContext, budget));
        Thread worker = new Thread(task, "hyperseed-neural-seeder");
        worker.setDaemon(true);
        worker.start();
        Seed trained;
        try {
            trained = await(task, budget, context, abandon);
        } catch (TimeoutException e) {
            return fallback(
                    greedy,
                    "it did not end within its time limit (" + neural.config().timeLimit()
                            + ") plus " + GRACE.toMillis()
                            + " ms: a step that cannot be interrupted (setup or an epoch of a "
                            + "large instance) was running; it ends in the background",
                    e);
        } catch (InterruptedException e) {
            abandon.set(true);
            Thread.currentThread().interrupt();
            return fallback(greedy, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TrainingFailedException failed) {
                return fallback(greedy, failed.getMessage(), failed);
            }
            return fallback(greedy, cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
        if (StopReason.NUMERICAL.name().equals(trained.details().get("stopReason"))) {
            warn("The neural training stopped on a non-finite loss after "
                    + trained.details().get("recoveries")
                    + " recoveries; its best rounding before that competes with the greedy seed. Maybe lower "
                    + "learningRate?");
        }
        Map<String, Object> details = new LinkedHashMap<>(trained.details());
        details.putAll(greedy.details());
        details.put("neuralObjective", trained.solution().objective());
        details.put("neuralViolation", trained.solution().violation());
        if (greedy.solution().isBetterThan(trained.solution(), problem)) {
            LOG.info(
                    "The greedy construction (objective {}, violation {}) beat the neural seed (objective {}, "
                            + "violation {}); seeding with the greedy one.",
                    greedy.solution().objective(),
                    greedy.solution().violation(),
                    trained.solution().objective(),
                    trained.solution().violation());
            return new Seed(greedy.solution(), GREEDY, trained.elapsed(), details);
        }
        LOG.info(
                "The neural seed (objective {}, violation {}) is at least as good as the greedy construction "
                        + "(objective {}, violation {}).",
                trained.solution().objective(),
                trained.solution().violation(),
                greedy.solution().objective(),
                greedy.solution().violation());
        return new Seed(trained.solution(), HgnnSeeder.PRODUCER, trained.elapsed(), details);
    }

    /**
     * Waits for the training thread: polls the caller's stop signal every {@value #POLL_MILLIS} ms (and passes it
     * on), and {@link #GRACE} after the deadline or the stop gives up, leaving the thread to notice the stop after
     * its current step.
     */
    private static Seed await(FutureTask<Seed> task, TimeBudget budget, SeedingContext context, AtomicBoolean abandon)
            throws InterruptedException, ExecutionException, TimeoutException {
        long stoppedAt = 0;
        while (true) {
            try {
                return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (stoppedAt == 0 && context.shouldStop()) {
                    abandon.set(true);
                    stoppedAt = System.nanoTime();
                }
                boolean late = budget.remainingNanos() < -GRACE.toNanos()
                        || stoppedAt != 0 && System.nanoTime() - stoppedAt > GRACE.toNanos();
                if (late) {
                    abandon.set(true);
                    throw e;
                }
            }
        }
    }

    private Seed fallback(Seed greedy, String cause, Throwable e) {
        warn("The neural seeder failed (" + cause + "); seeding with the greedy construction.");
        LOG.debug("Neural seeder failure", e);
        return labelled(greedy, cause);
    }

    /** The greedy seed, its details saying why it is the seed ({@code fallback}). */
    private static Seed labelled(Seed greedy, String cause) {
        Map<String, Object> details = new LinkedHashMap<>(greedy.details());
        details.put("fallback", cause);
        return new Seed(greedy.solution(), GREEDY, greedy.elapsed(), details);
    }

    private void warn(String message) {
        warning.accept(message);
    }

    /**
     * The greedy construction plus one-flip local search ({@link GreedyLocalSearch#solve}, stopped by {@code stop}
     * every 1024 variables of its sweeps; its construction pass, {@code O(L)}, always completes) and, for a
     * constrained problem, the ratio starts of {@link GreedySeeder#withRatioStarts}: what {@link GreedySeeder}
     * computes, with the objective and violation in the details.
     */
    static Seed greedy(PuboProblem problem, BooleanSupplier stop) {
        long start = System.nanoTime();
        Solution solution = GreedySeeder.withRatioStarts(problem, GreedyLocalSearch.solve(problem, stop), stop);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("greedyObjective", solution.objective());
        details.put("greedyViolation", solution.violation());
        return new Seed(solution, GREEDY, Duration.ofNanos(System.nanoTime() - start), details);
    }
}
