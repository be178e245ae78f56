package io.hyperseed.timefold.model;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
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
import io.hyperseed.timefold.phase.SeedingListener;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neural construction heuristic in the user's own Timefold model: asks the user's {@link PuboFormulation} for
 * the binary decisions (boolean planning variables, looked up in Timefold's solution meta-model) and the PUBO over
 * them, substitutes the values of pinned entities ({@link FixedVariables}), trains the HGNN+ seeder (BIPNN, arXiv
 * 2505.20997) on the rest, and writes the rounded values into the user's entities with
 * {@code context.execute(Moves.change(...))}, so their score director, listeners and shadow variables see every
 * change. The user's local search phase then refines.
 *
 * <p>Use it from Java, {@code new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new
 * NeuralModelPhase<>(new MyFormulation())))}, or from XML with the property {@code formulationClass} (a public
 * class with a public no-argument constructor). Properties: those of {@link NeuralPhaseProperties} (the same
 * names, defaults and time limit as {@code NeuralConstructionPhase}), {@code logEvery}, {@code formulationClass}
 * and {@code warmStart}.
 *
 * <p>Warm start: pinned entities are never changed and their values are constants of the trained problem. With
 * {@code warmStart=true} training starts from the current values of the movable decisions (the network is first
 * fitted to them, unset ones counting as undecided; see {@code HgnnTrainer}), and they are the incumbent: when they
 * are all assigned and at least as good on the PUBO as the neural result (feasibility first), they are kept.
 *
 * <p>Randomness: the {@code seed} property, else {@value #DEFAULT_SEED}. Failure of the neural part: one warning
 * and the greedy construction instead, as in {@code NeuralConstructionPhase}. Cost: the formulation's, the
 * seeder's, {@code O(L + n)} for the substitution and one move per changed decision.
 *
 * @param <S> the planning solution type
 */
public class NeuralModelPhase<S> extends NeuralPhaseProperties implements PhaseCommand<S> {

    /** The seed used when the {@code seed} property is not set: Timefold's default random seed. */
    public static final long DEFAULT_SEED = 0L;
    /** The default of {@code logEvery}. */
    public static final int DEFAULT_LOG_EVERY = 100;

    private static final Logger LOG = LoggerFactory.getLogger(NeuralModelPhase.class);

    private PuboFormulation<S> formulation;
    private boolean warmStart;
    private int logEvery = DEFAULT_LOG_EVERY;
    private SeedingListener listener = SeedingListener.NONE;

    /** A phase whose formulation comes from the {@code formulationClass} property (XML). */
    public NeuralModelPhase() {}

    /** A phase for {@code formulation}. */
    public NeuralModelPhase(PuboFormulation<S> formulation) {
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

    /** Logs training progress every {@code logEvery} epochs (SLF4J, info). */
    public void setLogEvery(int logEvery) {
        if (logEvery <= 0) {
            throw new IllegalArgumentException("The logEvery (" + logEvery + ") must be positive. Maybe 100?");
        }
        this.logEvery = logEvery;
    }

    /** Receives progress, the fallback warning and the seed (not settable from XML). */
    public void setListener(SeedingListener listener) {
        this.listener = listener == null ? SeedingListener.NONE : listener;
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
                    throw new IllegalArgumentException("The logEvery (" + value + ") is not an integer. Maybe 100?", e);
                }
            }
            default -> super.applyProperty(name, value);
        }
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<S> context) {
        if (formulation == null) {
            throw new IllegalStateException("The neural model phase has no formulation. Maybe set the property "
                    + "formulationClass or use the constructor NeuralModelPhase(PuboFormulation)?");
        }
        long start = System.nanoTime();
        S solution = context.getWorkingSolution();
        Decisions decisions = new Decisions();
        PuboProblem problem = formulation.formulate(solution, decisions);
        if (problem.numVariables() != decisions.size()) {
            throw new IllegalArgumentException(
                    "The formulation (" + formulation.getClass().getSimpleName()
                            + ") returned a PUBO with " + problem.numVariables() + " variables for " + decisions.size()
                            + " declared decisions. Maybe build it with PuboProblem.builder(decisions.size(), sense)?");
        }
        List<BooleanVariable<S>> variables = resolve(context, decisions);
        int n = decisions.size();
        Boolean[] current = new Boolean[n];
        Boolean[] fixed = new Boolean[n];
        boolean allAssigned = true;
        for (int i = 0; i < n; i++) {
            Object entity = decisions.get(i).entity();
            current[i] = variables.get(i).value(entity);
            allAssigned &= current[i] != null;
            if (!variables.get(i).isMovable(solution, entity)) {
                if (current[i] == null) {
                    throw new IllegalArgumentException("The pinned entity (" + entity + ") has no value for "
                            + decisions.get(i).variableLabel() + ". Maybe assign it before pinning it?");
                }
                fixed[i] = current[i];
            }
        }
        FixedVariables reduction = new FixedVariables(problem, fixed);
        NeuralConfig config = toConfig();
        long seed = seedOverride().orElse(DEFAULT_SEED);
        LOG.info(
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
            BooleanSupplier stop = () -> context.isPhaseTerminated() || System.nanoTime() - deadline > 0;
            Seed trained;
            try {
                trained = createSeeder(this::warn)
                        .seed(
                                reduction.reduced(),
                                new SeedingContext(seed, stop, this::progress)
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
            boolean[] now = unbox(current);
            Solution incumbent = Solution.evaluate(problem, now);
            if (!result.isBetterThan(incumbent, problem)) {
                details.put("discarded", producer);
                values = now;
                result = incumbent;
                producer = "current";
            }
        }
        int changed = write(context, decisions, variables, current, fixed, values);
        details.put("changed", changed);
        details.put("pinned", n - reduction.numFree());
        Seed written = new Seed(result, producer, Duration.ofNanos(System.nanoTime() - start), details);
        LOG.info(
                "Neural model phase ({}): objective {}, violation {}, {} of {} decisions changed, {} ms; {}.",
                producer,
                result.objective(),
                result.violation(),
                changed,
                n,
                written.elapsed().toMillis(),
                details);
        listener.onSeed(written);
    }

    private List<BooleanVariable<S>> resolve(PhaseCommandContext<S> context, Decisions decisions) {
        Map<String, BooleanVariable<S>> byGroup = new HashMap<>();
        return decisions.all().stream()
                .map(d -> byGroup.computeIfAbsent(
                        d.entityClass().getName() + "#" + d.variableName(),
                        key -> BooleanVariable.resolve(
                                context.getSolutionMetaModel(), d.entityClass(), d.variableName())))
                .toList();
    }

    private static <S> int write(
            PhaseCommandContext<S> context,
            Decisions decisions,
            List<BooleanVariable<S>> variables,
            Boolean[] current,
            Boolean[] fixed,
            boolean[] values) {
        int changed = 0;
        for (int i = 0; i < values.length; i++) {
            Boolean target = values[i];
            if (fixed[i] == null && !target.equals(current[i])) {
                context.execute(Moves.change(
                        variables.get(i).metaModel(), decisions.get(i).entity(), target));
                changed++;
            }
        }
        return changed;
    }

    private static boolean[] unbox(Boolean[] values) {
        boolean[] unboxed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            unboxed[i] = values[i];
        }
        return unboxed;
    }

    private void progress(SeedProgress progress) {
        if (progress.epoch() % logEvery == 0 && LOG.isInfoEnabled()) {
            LOG.info(
                    "Epoch {}: loss {}, rounded objective {}, violation {}, {} ms.",
                    progress.epoch(),
                    progress.loss(),
                    progress.roundedObjective(),
                    progress.roundedViolation(),
                    progress.elapsed().toMillis());
        }
        listener.onProgress(progress);
    }

    private void warn(String message) {
        LOG.warn(message);
        listener.onWarning(message);
    }
}
