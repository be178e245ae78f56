package io.hyperseed.optaplanner.model;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.core.model.decision.FixedVariables;
import io.hyperseed.core.model.decision.PuboFormulation;
import io.hyperseed.neural.NeuralModelSeeding;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.optaplanner.phase.NeuralPhaseContext;
import io.hyperseed.optaplanner.phase.PhaseBridge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code warmStart} ({@link NeuralModelSeeding}, shared with the Timefold phase; training starts from the current values of the movable decisions, and they are kept when they
 * are all assigned and at least as good on the PUBO). Termination and random seed as in
 * {@code NeuralPhaseCommand}: the {@code timeLimit} property, a thread interrupt and, with a {@link PhaseBridge}
 * attached, the phase's termination; the {@code seed} property, else the bridge's, else 0. Cost: the
 * formulation's, the seeder's, {@code O(L + n)} for the substitution and one notification pair per change.
 *
 * @param <S> the planning solution type
 */
public class NeuralModelCommand<S> extends NeuralModelSeeding<S> implements CustomPhaseCommand<S> {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralModelCommand.class);

    /** A command whose formulation comes from the {@code formulationClass} property (XML). */
    public NeuralModelCommand() {}

    /** A command for {@code formulation}. */
    public NeuralModelCommand(PuboFormulation<S> formulation) {
        super(formulation);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<S> scoreDirector) {
        long start = System.nanoTime();
        NeuralPhaseContext phase = PhaseBridge.current().orElseGet(NeuralPhaseContext::standalone);
        Decisions decisions = new Decisions();
        PuboProblem problem = formulate(scoreDirector.getWorkingSolution(), decisions);
        List<BooleanVariable<S>> variables = resolve(scoreDirector, decisions);
        int n = decisions.size();
        Boolean[] current = new Boolean[n];
        boolean[] movable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Object entity = decisions.get(i).entity();
            current[i] = variables.get(i).value(entity);
            movable[i] = variables.get(i).isMovable(scoreDirector, entity);
        }
        Seeding seeding = seedDecisions(
                problem,
                decisions,
                current,
                movable,
                seedOverride().orElseGet(phase.randomSeed()),
                phase.stopRequested(),
                phase.progress(),
                LOG);
        int changed = 0;
        for (int i = 0; i < n; i++) {
            if (seeding.mustWrite(i, current[i])) {
                variables.get(i).write(scoreDirector, decisions.get(i).entity(), seeding.values()[i]);
                changed++;
            }
        }
        scoreDirector.triggerVariableListeners();
        phase.seeds().accept(written(seeding, changed, start, LOG));
    }

    private List<BooleanVariable<S>> resolve(ScoreDirector<S> scoreDirector, Decisions decisions) {
        Map<String, BooleanVariable<S>> byGroup = new HashMap<>();
        return decisions.all().stream()
                .map(d -> byGroup.computeIfAbsent(
                        d.entityClass().getName() + "#" + d.variableName(),
                        key -> BooleanVariable.resolve(scoreDirector, d.entityClass(), d.variableName())))
                .toList();
    }
}
