package io.hyperseed.timefold.model;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.core.model.decision.FixedVariables;
import io.hyperseed.core.model.decision.PuboFormulation;
import io.hyperseed.neural.NeuralModelSeeding;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.timefold.phase.SeedingListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * and {@code warmStart} ({@link NeuralModelSeeding}, shared with the OptaPlanner command).
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
public class NeuralModelPhase<S> extends NeuralModelSeeding<S> implements PhaseCommand<S> {

    /** The seed used when the {@code seed} property is not set: Timefold's default random seed. */
    public static final long DEFAULT_SEED = 0L;

    private static final Logger LOG = LoggerFactory.getLogger(NeuralModelPhase.class);

    private SeedingListener listener = SeedingListener.NONE;

    /** A phase whose formulation comes from the {@code formulationClass} property (XML). */
    public NeuralModelPhase() {}

    /** A phase for {@code formulation}. */
    public NeuralModelPhase(PuboFormulation<S> formulation) {
        super(formulation);
    }

    /** Receives progress, the fallback warning and the seed (not settable from XML). */
    public void setListener(SeedingListener listener) {
        this.listener = listener == null ? SeedingListener.NONE : listener;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<S> context) {
        long start = System.nanoTime();
        S solution = context.getWorkingSolution();
        Decisions decisions = new Decisions();
        PuboProblem problem = formulate(solution, decisions);
        List<BooleanVariable<S>> variables = resolve(context, decisions);
        int n = decisions.size();
        Boolean[] current = new Boolean[n];
        boolean[] movable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Object entity = decisions.get(i).entity();
            current[i] = variables.get(i).value(entity);
            movable[i] = variables.get(i).isMovable(solution, entity);
        }
        Seeding seeding = seedDecisions(
                problem,
                decisions,
                current,
                movable,
                seedOverride().orElse(DEFAULT_SEED),
                context::isPhaseTerminated,
                listener::onProgress,
                LOG);
        int changed = 0;
        for (int i = 0; i < n; i++) {
            if (seeding.mustWrite(i, current[i])) {
                context.execute(Moves.change(
                        variables.get(i).metaModel(), decisions.get(i).entity(), seeding.values()[i]));
                changed++;
            }
        }
        listener.onSeed(written(seeding, changed, start, LOG));
    }

    @Override
    protected void warned(String message) {
        listener.onWarning(message);
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
}
