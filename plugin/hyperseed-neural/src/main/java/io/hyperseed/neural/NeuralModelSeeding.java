package io.hyperseed.neural;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.core.model.decision.FixedVariables;
import io.hyperseed.core.model.decision.PuboFormulation;
import io.hyperseed.core.seed.FallbackSeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The framework-neutral part of the neural phase in a user's own model, shared by the Timefold phase and the
 * OptaPlanner command: the properties {@code formulationClass}, {@code warmStart} and {@code logEvery} beside those
 * of {@link NeuralPhaseProperties}, and the seeding itself ({@link #seedDecisions}): the user's
 * {@link PuboFormulation}, pinned decisions substituted as constants ({@link FixedVariables}), training on the rest
 * (from the current values with {@code warmStart}), and the choice between the neural result and the current
 * values. The adapters only read and write their framework's entities. Cost: the formulation's, the seeder's and
 * {@code O(L + n)} for the substitution.
 *
 * @param <S> the planning solution type
 */
public abstract class NeuralModelSeeding<S> extends NeuralPhaseProperties {

    /** The default of {@code logEvery}. */
    public static final int DEFAULT_LOG_EVERY = 100;

    private PuboFormulation<S> formulation;
    private boolean warmStart;
    private int logEvery = DEFAULT_LOG_EVERY;

    /** Without a formulation yet (the {@code formulationClass} property sets one). */
    protected NeuralModelSeeding() {}

    /** With {@code formulation}. */
    protected NeuralModelSeeding(PuboFormulation<S> formulation) {
        this.formulation = Objects.requireNonNull(formulation, "formulation");
    }

    /** Instantiates the formulation from a class name (public, with a public no-argument constructor). */
    @SuppressWarnings("unchecked")
    public void setFormulationClass(String className) {
        String name = className.trim();
        try {
            Class<?> type = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
            if (!PuboFormulation.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("The formulationClass (" + name + ") does not implement "
                        + PuboFormulation.class.getName() + ". Maybe name the class that does?");
            }
            this.formulation = (PuboFormulation<S>) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    "The formulationClass (" + name + ") cannot be instantiated (" + e
                            + "). Maybe check the name and give it a public no-argument constructor?",
                    e);
        }
    }

    /**
     * Starts training from the current values of the movable decisions and keeps them unless the neural result is
     * better (default false).
     */
    public void setWarmStart(boolean warmStart) {
        this.warmStart = warmStart;
    }

    /** Logs training progress at INFO every {@code logEvery} epochs. */
    public void setLogEvery(int logEvery) {
        if (logEvery <= 0) {
            throw new IllegalArgumentException("The logEvery (" + logEvery + ") must be positive. Maybe 100?");
        }
        this.logEvery = logEvery;
    }

    @Override
    public void applyProperty(String name, String value) {
        switch (name) {
            case "formulationClass" -> setFormulationClass(value);
            case "warmStart" -> {
                String v = value.trim();
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("The warmStart (" + value + ") must be true or false.");
                }
                setWarmStart(Boolean.parseBoolean(v));
            }
            case "logEvery" -> {
                try {
                    setLogEvery(Integer.parseInt(value.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "The logEvery (" + value + ") is not a whole number. Maybe 100?", e);
                }
            }
            default -> super.applyProperty(name, value);
        }
    }

    /**
     * The user's formulation of {@code solution}: fills {@code decisions} and returns the PUBO over them.
     *
     * @throws IllegalStateException when no formulation is set
     * @throws IllegalArgumentException when the PUBO's variables and the declared decisions differ in number
     */
    protected final PuboProblem formulate(S solution, Decisions decisions) {
        if (formulation == null) {
            throw new IllegalStateException("The neural model phase has no formulation. Maybe set the property "
                    + "formulationClass or pass a PuboFormulation to the constructor?");
        }
        PuboProblem problem = formulation.formulate(solution, decisions);
        if (problem.numVariables() != decisions.size()) {
            throw new IllegalArgumentException(
                    "The formulation (" + formulation.getClass().getSimpleName()
                            + ") returned a PUBO with " + problem.numVariables() + " variables for " + decisions.size()
                            + " declared decisions. Maybe build it with PuboProblem.builder(decisions.size(), sense)?");
        }
        return problem;
    }

    /**
     * Seeds the decisions of {@code problem}: the pinned ones ({@code movable[i]} false) keep {@code current[i]},
     * the others are trained (from {@code current} with {@code warmStart}, unset values counting as undecided), and
     * with {@code warmStart} the current values win when they are all set and at least as good on the PUBO
     * (feasibility first).
     *
     * @param current the decisions' current values ({@code null}: not set)
     * @param stop the framework's stop signal (the time limit of the properties is added)
     * @param progress receives every progress event (after the log line every {@code logEvery} epochs)
     * @param log where the phase logs
     * @throws IllegalArgumentException when a pinned decision has no value
     * @throws IllegalStateException when the seeder fails (a {@link FallbackSeeder} never does)
     */
    protected final Seeding seedDecisions(
            PuboProblem problem,
            Decisions decisions,
            Boolean[] current,
            boolean[] movable,
            long seed,
            BooleanSupplier stop,
            Consumer<SeedProgress> progress,
            Logger log) {
        int n = decisions.size();
        Boolean[] fixed = new Boolean[n];
        boolean allAssigned = true;
        for (int i = 0; i < n; i++) {
            allAssigned &= current[i] != null;
            if (!movable[i]) {
                if (current[i] == null) {
                    throw new IllegalArgumentException(
                            "The pinned entity (" + decisions.get(i).entity()
                                    + ") has no value for " + decisions.get(i).variableLabel()
                                    + ". Maybe assign it before pinning it?");
                }
                fixed[i] = current[i];
            }
        }
        FixedVariables reduction = new FixedVariables(problem, fixed);
        NeuralConfig config = toConfig();
        log.info(
                "Neural model phase: {} on {} ({} free, {} pinned, seed {}).",
                config,
                problem,
                reduction.numFree(),
                n - reduction.numFree(),
                seed);
        boolean[] values;
        String producer;
        Map<String, Object> details = new LinkedHashMap<>();
        if (reduction.numFree() == 0) {
            values = reduction.expand(new boolean[0]);
            producer = "pinned";
        } else {
            long deadline = System.nanoTime() + config.timeLimit().toNanos();
            BooleanSupplier stopOrLimit = () -> stop.getAsBoolean() || System.nanoTime() - deadline >= 0;
            SeedingContext context = new SeedingContext(seed, stopOrLimit, logging(progress, log))
                    .withStartValues(warmStart ? reduction.startValues(current) : null);
            Seed trained;
            try {
                trained = createSeeder(message -> {
                            log.warn(message);
                            warned(message);
                        })
                        .seed(reduction.reduced(), context);
            } catch (SeedingException e) {
                throw new IllegalStateException(
                        "The seeder failed on " + reduction.reduced() + ": " + e.getMessage()
                                + " Maybe wrap it in a FallbackSeeder?",
                        e);
            }
            values = reduction.expand(trained.values());
            producer = trained.producer();
            details.putAll(trained.details());
        }
        Solution result = Solution.evaluate(problem, values);
        if (warmStart && !allAssigned) {
            log.info("warmStart: some movable decisions have no value yet, so the neural result is written (training "
                    + "started from the values that are set).");
        }
        if (warmStart && allAssigned) {
            boolean[] now = new boolean[n];
            for (int i = 0; i < n; i++) {
                now[i] = current[i];
            }
            Solution incumbent = Solution.evaluate(problem, now);
            if (!result.isBetterThan(incumbent, problem)) {
                details.put("discarded", producer);
                values = now;
                result = incumbent;
                producer = "current";
            }
        }
        details.put("pinned", n - reduction.numFree());
        return new Seeding(values, movable, result, producer, details);
    }

    /**
     * The {@link Seed} to report once the values are written: {@code changed} decisions changed, {@code start}
     * ({@link System#nanoTime()}) when the phase began; logs one summary line.
     */
    protected static Seed written(Seeding seeding, int changed, long start, Logger log) {
        seeding.details().put("changed", changed);
        Seed seed = new Seed(
                seeding.result(), seeding.producer(), Duration.ofNanos(System.nanoTime() - start), seeding.details());
        log.info(
                "Neural model phase ({}): objective {}, violation {}, {} of {} decisions changed, {} ms; {}.",
                seeding.producer(),
                seeding.result().objective(),
                seeding.result().violation(),
                changed,
                seeding.values().length,
                seed.elapsed().toMillis(),
                seeding.details());
        return seed;
    }

    /** Called with every warning of the seeder (after it is logged), e.g. the fallback to the greedy construction. */
    protected void warned(String message) {}

    private Consumer<SeedProgress> logging(Consumer<SeedProgress> sink, Logger log) {
        return progress -> {
            if (progress.epoch() % logEvery == 0 && log.isInfoEnabled()) {
                log.info(
                        "Epoch {}: loss {}, rounded objective {}, violation {}, {} ms.",
                        progress.epoch(),
                        progress.loss(),
                        progress.roundedObjective(),
                        progress.roundedViolation(),
                        progress.elapsed().toMillis());
            }
            sink.accept(progress);
        };
    }

    /**
     * The values to write: {@code values[i]} for every decision with {@code movable[i]} (pinned ones keep theirs),
     * their PUBO evaluation, who made them and the seed's details (mutable until {@link #written}).
     */
    protected record Seeding(
            boolean[] values, boolean[] movable, Solution result, String producer, Map<String, Object> details) {

        /** True when decision {@code i} must be written: movable and not already {@code values[i]}. */
        public boolean mustWrite(int i, Boolean current) {
            return movable[i] && !Boolean.valueOf(values[i]).equals(current);
        }
    }
}
