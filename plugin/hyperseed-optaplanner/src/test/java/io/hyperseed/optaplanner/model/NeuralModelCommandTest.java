package io.hyperseed.optaplanner.model;

import static io.hyperseed.core.testing.TestSeeders.fixed;
import static io.hyperseed.core.testing.TestSeeders.rootMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.FallbackSeeder;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.testing.TestSeeders;
import io.hyperseed.optaplanner.phase.PhaseBridge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.buildin.simple.SimpleScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class NeuralModelCommandTest {

    private final List<Seed> seeds = new ArrayList<>();
    private final List<PuboProblem> trained = new ArrayList<>();
    private final List<float[]> starts = new ArrayList<>();

    @Test
    void seedIsWrittenThroughTheScoreDirectorAndTheUsersScoreSeesIt() {
        Basket result = solve(Basket.random(1, 12), withSeeder(fixed("alternating", i -> i % 2 == 0)));

        for (Pick pick : result.getPicks()) {
            assertThat(pick.getChosen()).as(pick.toString()).isEqualTo(pick.getId() % 2 == 0);
        }
        assertThat(result.getScore()).isEqualTo(new BasketScoreCalculator().calculateScore(result));
        assertThat(seeds).singleElement().satisfies(seed -> {
            assertThat(seed.producer()).isEqualTo("alternating");
            assertThat(seed.details()).containsEntry("changed", 12);
        });
    }

    @Test
    void pinnedEntitiesStayUntouchedAndAreConstantsOfTheTrainedProblem() {
        Basket basket = Basket.random(2, 12);
        basket.getPicks().get(0).pin(false);
        basket.getPicks().get(5).pin(true);

        Basket result = solve(basket, withSeeder(fixed("true", i -> true)));

        assertThat(trained)
                .singleElement()
                .extracting(PuboProblem::numVariables)
                .isEqualTo(10);
        assertThat(result.getPicks().get(0).getChosen()).isFalse();
        assertThat(result.getPicks().get(5).getChosen()).isTrue();
        assertThat(result.getPicks().stream().filter(p -> !p.isPinned()).map(Pick::getChosen))
                .containsOnly(true);
    }

    @Test
    void warmStartTrainsFromTheCurrentValuesOfTheMovableDecisions() {
        Basket basket = Basket.random(2, 12);
        basket.getPicks().forEach(p -> p.setChosen(p.getId() % 3 == 0));
        basket.getPicks().get(1).setChosen(null);
        basket.getPicks().get(0).pin(false);
        NeuralModelCommand<Basket> warm = withSeeder(fixed("false", i -> false));
        warm.setWarmStart(true);
        solve(basket, warm);

        // the free decisions are picks 1..11: pick 1 has no value (0.5), the others 1 when their id is a multiple of 3
        float[] expected = new float[11];
        for (int k = 0; k < expected.length; k++) {
            int id = k + 1;
            expected[k] = id == 1 ? 0.5f : id % 3 == 0 ? 1f : 0f;
        }
        assertThat(starts).singleElement().satisfies(s -> assertThat(s).containsExactly(expected));

        solve(Basket.random(2, 12), withSeeder(fixed("false", i -> false)));
        assertThat(starts.get(1))
                .as("without warmStart, training starts from scratch")
                .isNull();
    }

    @Test
    void warmStartKeepsCurrentValuesThatAreBetterThanTheNeuralResult() {
        Basket basket = Basket.random(3, 9);
        basket.getPicks().forEach(p -> p.setChosen(p.getId() % 3 == 0));
        NeuralModelCommand<Basket> warm = withSeeder(fixed("false", i -> false));
        warm.applyProperty("warmStart", "true");

        Basket result = solve(basket, warm);

        assertThat(result.getPicks().stream().filter(p -> p.getChosen()).count())
                .isEqualTo(3);
        assertThat(seeds).singleElement().extracting(Seed::producer).isEqualTo("current");
    }

    @Test
    void realSeederGivesAFeasibleSeedWhoseScoreIsThePuboObjective() {
        NeuralModelCommand<Basket> command = new NeuralModelCommand<>(new BasketFormulation());
        command.applyProperties(Map.of("epochs", "60", "timeLimit", "3s", "seed", "5"));

        Basket result = solve(Basket.random(4, 30), command);

        Solution written = seeds.get(0).solution();
        assertThat(written.isFeasible()).isTrue();
        assertThat(result.getScore()).isEqualTo(HardSoftScore.of(0, (int) Math.round(written.objective())));
        assertThat(seeds.get(0).producer()).isIn("hgnn+", "greedy");
    }

    @Test
    void formulationClassPropertyInstantiatesTheFormulation() {
        NeuralModelCommand<Basket> command = new NeuralModelCommand<>() {
            @Override
            public Seeder createSeeder(Consumer<String> warning) {
                return recording(fixed("true", i -> true));
            }
        };
        command.applyProperty("formulationClass", BasketFormulation.class.getName());

        solve(Basket.random(5, 6), command);

        assertThat(trained)
                .singleElement()
                .extracting(PuboProblem::numVariables)
                .isEqualTo(6);
        assertThatThrownBy(() -> command.applyProperty("formulationClass", "no.such.Formulation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(no.such.Formulation)");
    }

    @Test
    void unknownVariableFailsWithTheKnownOnes() {
        NeuralModelCommand<Basket> command = new NeuralModelCommand<>((basket, decisions) -> {
            decisions.add(Pick.class, "selected", basket.getPicks());
            return PuboProblem.builder(decisions.size(), Sense.MAXIMIZE).build();
        });

        assertThatThrownBy(() -> solve(Basket.random(6, 6), command))
                .satisfies(e ->
                        assertThat(rootMessage(e)).contains("(Pick.selected)").contains("Maybe one of: "));
    }

    @Test
    void nonBooleanVariableFailsWithWhatToDo() {
        Shelf shelf = new Shelf(List.of(new Slot(0), new Slot(1)));
        NeuralModelCommand<Shelf> command = new NeuralModelCommand<>((s, decisions) -> {
            decisions.add(Slot.class, "size", s.getSlots());
            return PuboProblem.builder(decisions.size(), Sense.MAXIMIZE).build();
        });
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Shelf.class)
                .withEntityClasses(Slot.class)
                .withEasyScoreCalculatorClass(ShelfScore.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(command));

        assertThatThrownBy(
                        () -> SolverFactory.<Shelf>create(config).buildSolver().solve(shelf))
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("(Slot.size) has values of type (Integer)")
                        .contains("Maybe model each value as a boolean variable"));
    }

    // --- fixtures ---

    private Basket solve(Basket basket, NeuralModelCommand<Basket> command) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Basket.class)
                .withEntityClasses(Pick.class)
                .withEasyScoreCalculatorClass(BasketScoreCalculator.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(command));
        Solver<Basket> solver = SolverFactory.<Basket>create(config).buildSolver();
        PhaseBridge.attach(solver, p -> {}, seeds::add);
        return solver.solve(basket);
    }

    private NeuralModelCommand<Basket> withSeeder(Seeder seeder) {
        return new NeuralModelCommand<>(new BasketFormulation()) {
            @Override
            public Seeder createSeeder(Consumer<String> warning) {
                return new FallbackSeeder(recording(seeder), new GreedySeeder(), warning);
            }
        };
    }

    private Seeder recording(Seeder seeder) {
        return TestSeeders.recording(seeder, trained, starts);
    }

    /** A solution whose entity has an Integer planning variable. */
    @PlanningSolution
    public static class Shelf {
        @PlanningEntityCollectionProperty
        private List<Slot> slots;

        @PlanningScore
        private SimpleScore score;

        public Shelf() {}

        Shelf(List<Slot> slots) {
            this.slots = slots;
        }

        public List<Slot> getSlots() {
            return slots;
        }

        @ValueRangeProvider
        public List<Integer> getSizes() {
            return List.of(1, 2, 3);
        }

        public SimpleScore getScore() {
            return score;
        }

        public void setScore(SimpleScore score) {
            this.score = score;
        }
    }

    /** An entity with an Integer planning variable. */
    @PlanningEntity
    public static class Slot {
        @PlanningId
        private Integer id;

        @PlanningVariable
        private Integer size;

        public Slot() {}

        Slot(int id) {
            this.id = id;
        }

        public Integer getId() {
            return id;
        }

        public Integer getSize() {
            return size;
        }

        public void setSize(Integer size) {
            this.size = size;
        }
    }

    /** Score of the shelf: 0. */
    public static class ShelfScore implements EasyScoreCalculator<Shelf, SimpleScore> {
        @Override
        public SimpleScore calculateScore(Shelf shelf) {
            return SimpleScore.ZERO;
        }
    }
}
