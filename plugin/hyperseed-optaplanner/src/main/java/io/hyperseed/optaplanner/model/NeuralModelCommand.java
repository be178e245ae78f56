package io.hyperseed.optaplanner.model;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.core.model.decision.FixedVariables;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.optaplanner.phase.NeuralPhaseContext;
import io.hyperseed.optaplanner.phase.PhaseBridge;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neural construction heuristic in the user's own OptaPlanner 10 model: asks the user's
 * {@link PuboFormulation} for the binary decisions (boolean planning variables, found in the solver's domain
 * descriptor) and the PUBO over them, substitutes the values of pinned entities ({@link FixedVariables}), trains
 * the HGNN+ seeder on the rest and writes the rounded values through the {@link ScoreDirector}
 * ({@code beforeVariableChanged}, set, {@code afterVariableChanged} per changed decision, then
 * {@code triggerVariableListeners}), so the user's score, listeners and shadow variables see every change.
 *
 * <p>Configure it in XML ({@code <customPhaseCommandClass>io.hyperseed.optaplanner.model.NeuralModelCommand
 * </customPhaseCommandClass>} with the property {@code formulationClass}) or in Java
 * ({@code new NeuralModelCommand<>(new MyFormulation())} in {@code CustomPhaseConfig.withCustomPhaseCommands}).
 * Properties: those of {@link NeuralPhaseProperties}, {@code logEvery}, {@code formulationClass} and
 * {@code warmStart} (training starts from the current values of the movable decisions, and they are kept when they
 * are all assigned and at least as good on the PUBO). Termination and random seed as in
 * {@code NeuralPhaseCommand}: the {@code timeLimit} property, a thread interrupt and, with a {@link PhaseBridge}
 * attached, the phase's termination; the {@code seed} property, else the bridge's, else 0. Cost: the
 * formulation's, the seeder's, {@code O(L + n)} for the substitution and one notification pair per change.
 *
 * @param <S> the planning solution type
 */
public class NeuralModelCommand<S> extends NeuralPhaseProperties implements CustomPhaseCommand<S> {

    /** The default of {@code logEvery}. */
    public static final int DEFAULT_LOG_EVERY = 100;

    private static final Logger LOG = LoggerFactory.getLogger(NeuralModelCommand.class);

    private PuboFormulation<S> formulation;
    private boolean warmStart;
    private int logEvery = DEFAULT_LOG_EVERY;

    /** A command whose formulation comes from the {@code formulationClass} property (XML). */
    public NeuralModelCommand() {}

    /** A command for {@code formulation}. */
    public NeuralModelCommand(PuboFormulation<S> formulation) {
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

    /** Keeps the current values of the movable decisions unless the neural result is better (default false). */
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
                            "The logEvery (" + value + ") is not a whole number. " + "Maybe 100?", e);
                }
            }
            default -> super.applyProperty(name, value);
        }
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<S> scoreDirector) {
        if (formulation == null) {
            throw new IllegalStateException("The neural model command has no formulation. Maybe set the property "
                    + "formulationClass or use the constructor NeuralModelCommand(PuboFormulation)?");
        }
        long start = System.nanoTime();
        NeuralPhaseContext phase = PhaseBridge.current().orElseGet(NeuralPhaseContext::standalone);
        S solution = scoreDirector.getWorkingSolution();
        Decisions decisions = new Decisions();
        PuboProblem problem = formulation.formulate(solution, decisions);
        if (problem.numVariables() != decisions.size()) {
            throw new IllegalArgumentException(
                    "The formulation (" + formulation.getClass().getSimpleName()
                            + ") returned a PUBO with " + problem.numVariables() + " variables for " + decisions.size()
                            + " declared decisions. Maybe build it with PuboProblem.builder(decisions.size(), sense)?");
        }
        List<BooleanVariable<S>> variables = resolve(scoreDirector, decisions);
        int n = decisions.size();
        Boolean[] current = new Boolean[n];
        Boolean[] fixed = new Boolean[n];
        boolean allAssigned = true;
        for (int i = 0; i < n; i++) {
            Object entity = decisions.get(i).entity();
            current[i] = variables.get(i).value(entity);
            allAssigned &= current[i] != null;
            if (!variables.get(i).isMovable(scoreDirector, entity)) {
                if (current[i] == null) {
                    throw new IllegalArgumentException("The pinned entity (" + entity + ") has no value for "
                            + decisions.get(i).variableLabel() + ". Maybe assign it before pinning it?");
                }
                fixed[i] = current[i];
            }
        }
        FixedVariables reduction = new FixedVariables(problem, fixed);
        NeuralConfig config = toConfig();
        long seed = seedOverride().orElseGet(phase.randomSeed());
        LOG.info(
                "Neural model command: {} on {} ({} free, {} pinned, seed {}).",
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
            BooleanSupplier stop = () -> phase.stopRequested().getAsBoolean() || System.nanoTime() - deadline >= 0;
            Seed trained;
            try {
                trained = createSeeder(LOG::warn)
                        .seed(
                                reduction.reduced(),
                                new SeedingContext(seed, stop, logging(phase.progress()))
                                        .withStartValues(warmStart ? reduction.startValues(current) : null));
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
            LOG.info("warmStart: some movable decisions have no value yet, so the neural result is written (training "
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
        int changed = 0;
        for (int i = 0; i < n; i++) {
            if (fixed[i] == null && !Boolean.valueOf(values[i]).equals(current[i])) {
                variables.get(i).write(scoreDirector, decisions.get(i).entity(), values[i]);
                changed++;
            }
        }
        scoreDirector.triggerVariableListeners();
        details.put("changed", changed);
        details.put("pinned", n - reduction.numFree());
        Seed written = new Seed(result, producer, Duration.ofNanos(System.nanoTime() - start), details);
        LOG.info(
                "Neural model command ({}): objective {}, violation {}, {} of {} decisions changed, {} ms.",
                producer,
                result.objective(),
                result.violation(),
                changed,
                n,
                written.elapsed().toMillis());
        phase.seeds().accept(written);
    }

    private List<BooleanVariable<S>> resolve(ScoreDirector<S> scoreDirector, Decisions decisions) {
        Map<String, BooleanVariable<S>> byGroup = new HashMap<>();
        return decisions.all().stream()
                .map(d -> byGroup.computeIfAbsent(
                        d.entityClass().getName() + "#" + d.variableName(),
                        key -> BooleanVariable.resolve(scoreDirector, d.entityClass(), d.variableName())))
                .toList();
    }

    private Consumer<SeedProgress> logging(Consumer<SeedProgress> sink) {
        return progress -> {
            if (progress.epoch() % logEvery == 0) {
                LOG.info(
                        "Neural model command: epoch {}, loss {}, rounded objective {}, violation {}.",
                        progress.epoch(),
                        progress.loss(),
                        progress.roundedObjective(),
                        progress.roundedViolation());
            }
            sink.accept(progress);
        };
    }
}
