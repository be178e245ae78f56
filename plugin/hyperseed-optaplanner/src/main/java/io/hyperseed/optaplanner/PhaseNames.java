package io.hyperseed.optaplanner;

import io.hyperseed.core.solve.HybridPolicy.PhaseKind;
import io.hyperseed.optaplanner.phase.GreedyConstructionCommand;
import io.hyperseed.optaplanner.phase.NeuralPhaseCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Short names of a solver's phases for progress reports ({@code neural}, {@code construction}, {@code tabu},
 * {@code late-acceptance}, {@code simulated-annealing}, ...), read from the phase configs because OptaPlanner's
 * best-solution events do not say which phase produced them. {@code O(phases)}.
 */
final class PhaseNames {

    private PhaseNames() {}

    /** One name per configured phase; OptaPlanner's default phases when none are configured. */
    static List<String> of(SolverConfig config) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        if (phases == null || phases.isEmpty()) {
            return List.of("construction", "local-search");
        }
        List<String> names = new ArrayList<>(phases.size());
        for (PhaseConfig phase : phases) {
            names.add(nameOf(phase));
        }
        return names;
    }

    /** True when {@code phase} runs the neural command (or a subclass). */
    static boolean isNeural(PhaseConfig phase) {
        return runs(phase, NeuralPhaseCommand.class);
    }

    private static boolean runs(PhaseConfig phase, Class<?> command) {
        return phase instanceof CustomPhaseConfig custom
                && custom.getCustomPhaseCommandClassList() != null
                && custom.getCustomPhaseCommandClassList().stream().anyMatch(command::isAssignableFrom);
    }

    private static String nameOf(PhaseConfig phase) {
        if (isNeural(phase)) {
            return PhaseKind.NEURAL.label();
        }
        if (phase instanceof ConstructionHeuristicPhaseConfig || runs(phase, GreedyConstructionCommand.class)) {
            return PhaseKind.CONSTRUCTION.label();
        }
        if (phase instanceof LocalSearchPhaseConfig localSearch) {
            return localSearchName(localSearch);
        }
        String simple = phase.getClass().getSimpleName().replace("PhaseConfig", "");
        return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String localSearchName(LocalSearchPhaseConfig phase) {
        if (phase.getLocalSearchType() != null) {
            return phase.getLocalSearchType().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        LocalSearchAcceptorConfig acceptor = phase.getAcceptorConfig();
        if (acceptor == null) {
            return PhaseKind.LOCAL_SEARCH.label();
        }
        return PhaseKind.ofLocalSearch(
                        acceptor.getEntityTabuSize() != null
                                || acceptor.getEntityTabuRatio() != null
                                || acceptor.getValueTabuSize() != null
                                || acceptor.getMoveTabuSize() != null
                                || acceptor.getFadingEntityTabuSize() != null,
                        acceptor.getLateAcceptanceSize() != null,
                        acceptor.getSimulatedAnnealingStartingTemperature() != null)
                .label();
    }
}
