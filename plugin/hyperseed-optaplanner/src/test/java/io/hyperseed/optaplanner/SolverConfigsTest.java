package io.hyperseed.optaplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

class SolverConfigsTest {

    @Test
    void everyBuiltInConfigBuildsASolverForBothSolutionTypes() {
        for (Class<? extends BinarySolution> type : List.of(MaxCutSolution.class, ProgramSolution.class)) {
            for (String name : SolveOptions.BUILT_IN_CONFIGS) {
                SolverConfig config = SolverConfigs.builtIn(name, type);

                assertThat(config.getSolutionClass()).as(name).isEqualTo(type);
                assertThat(SolverFactory.create(config).buildSolver()).as(name).isNotNull();
            }
        }
    }

    @Test
    void phaseNamesFollowTheShippedConfigs() {
        assertThat(PhaseNames.of(SolverConfigs.builtIn("neural-tabu", MaxCutSolution.class)))
                .containsExactly("neural", "tabu");
        assertThat(PhaseNames.of(SolverConfigs.builtIn("late-acceptance", ProgramSolution.class)))
                .containsExactly("construction", "late-acceptance");
        assertThat(PhaseNames.of(SolverConfigs.builtIn("simulated-annealing", ProgramSolution.class)))
                .containsExactly("construction", "simulated-annealing");
        assertThat(PhaseNames.of(new SolverConfig())).containsExactly("construction", "local-search");
    }

    @Test
    void missingFileFailsNamingTheBuiltInConfigs() {
        assertThatThrownBy(() -> SolverConfigs.load("no/such/config.xml", MaxCutSolution.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(no/such/config.xml)")
                .hasMessageContaining("Maybe one of [neural-tabu, tabu");
    }
}
