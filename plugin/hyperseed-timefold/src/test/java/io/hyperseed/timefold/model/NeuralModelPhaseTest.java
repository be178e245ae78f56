package io.hyperseed.timefold.model;

import static io.hyperseed.core.testing.TestSeeders.fixed;
import static io.hyperseed.core.testing.TestSeeders.rootMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.SimpleScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.FallbackSeeder;
import io.hyperseed.core.seed.GreedySeeder;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.testing.TestSeeders;
import io.hyperseed.timefold.phase.SeedingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NeuralModelPhaseTest {

    private final List<Seed> seeds = new ArrayList<>();
    private final List<PuboProblem> trained = new ArrayList<>();
    private final List<float[]> starts = new ArrayList<>();
    private final SeedingListener recorder = new SeedingListener() {
        @Override
        public void onSeed(Seed seed) {
            seeds.add(seed);
        }
    };

    @Test
    void seedIsWrittenIntoTheUsersEntitiesAndTheirScoreSeesIt() {
        Basket basket = Basket.random(1, 12);
        NeuralModelPhase<Basket> phase = withSeeder(alternating());

        Basket result = solve(basket, phase);

        for (Pick pick : result.getPicks()) {
            assertThat(pick.getChosen()).as(pick.toString()).isEqualTo(pick.getId() % 2 == 0);
        }
        assertThat(result.getScore()).isEqualTo(new BasketScoreCalculator().calculateScore(result));
        assertThat(seeds).singleElement().satisfies(seed -> {
            assertThat(seed.producer()).isEqualTo("alternating");
            assertThat(seed.details()).containsEntry("changed", 12).containsEntry("pinned", 0);
        });
    }

    @Test
    void pinnedEntitiesStayUntouchedAndAreConstantsOfTheTrainedProblem() {
        Basket basket = Basket.random(2, 12);
        basket.getPicks().get(0).pin(false);
        basket.getPicks().get(5).pin(true);
        NeuralModelPhase<Basket> phase = withSeeder(allTrue());

        Basket result = solve(basket, phase);

        assertThat(trained)
                .singleElement()
                .extracting(PuboProblem::numVariables)
                .isEqualTo(10);
        assertThat(result.getPicks().get(0).getChosen()).isFalse();
        assertThat(result.getPicks().get(5).getChosen()).isTrue();
        assertThat(result.getPicks().stream().filter(p -> !p.isPinned()).map(Pick::getChosen))
                .containsOnly(true);
        assertThat(seeds)
                .singleElement()
                .satisfies(seed -> assertThat(seed.details()).containsEntry("pinned", 2));
    }

    @Test
    void warmStartTrainsFromTheCurrentValuesOfTheMovableDecisions() {
        Basket basket = Basket.random(2, 12);
        basket.getPicks().forEach(p -> p.setChosen(p.getId() % 3 == 0));
        basket.getPicks().get(1).setChosen(null);
        basket.getPicks().get(0).pin(false);
        NeuralModelPhase<Basket> warm = withSeeder(allFalse());
        warm.setWarmStart(true);
        solve(basket, warm);

        // the free decisions are picks 1..11: pick 1 has no value (0.5), the others 1 when their id is a multiple of 3
        float[] expected = new float[11];
        for (int k = 0; k < expected.length; k++) {
            int id = k + 1;
            expected[k] = id == 1 ? 0.5f : id % 3 == 0 ? 1f : 0f;
        }
        assertThat(starts).singleElement().satisfies(s -> assertThat(s).containsExactly(expected));

        solve(Basket.random(2, 12), withSeeder(allFalse()));
        assertThat(starts.get(1))
                .as("without warmStart, training starts from scratch")
                .isNull();
    }

    @Test
    void warmStartKeepsCurrentValuesThatAreBetterThanTheNeuralResult() {
        NeuralModelPhase<Basket> cold = withSeeder(allFalse());
        solve(bestOfEachGroup(), cold);
        assertThat(seeds.get(0).producer()).isEqualTo("false");
        assertThat(seeds.get(0).details()).containsEntry("changed", 3);

        NeuralModelPhase<Basket> warm = withSeeder(allFalse());
        warm.applyProperty("warmStart", "true");
        Basket kept = solve(bestOfEachGroup(), warm);

        assertThat(kept.getScore().softScore()).isEqualTo(bestOfEachGroupValue());
        assertThat(seeds.get(1).producer()).isEqualTo("current");
    }

    @Test
    void warmStartWritesTheNeuralResultWhenItIsBetter() {
        Basket empty = Basket.random(4, 9);
        empty.getPicks().forEach(p -> p.setChosen(false));
        NeuralModelPhase<Basket> warm = withSeeder(firstOfEachGroup());
        warm.setWarmStart(true);

        Basket result = solve(empty, warm);

        assertThat(result.getScore().hardScore()).isZero();
        assertThat(result.getScore().softScore()).isPositive();
        assertThat(seeds).singleElement().extracting(Seed::producer).isEqualTo("first");
    }

    @Test
    void realSeederGivesAFeasibleSeedWhoseScoreIsThePuboObjective() {
        Basket basket = Basket.random(3, 30);
        NeuralModelPhase<Basket> phase = new NeuralModelPhase<>(new BasketFormulation());
        phase.applyProperties(Map.of("epochs", "60", "timeLimit", "3s", "seed", "5"));
        phase.setListener(recorder);

        Basket result = solve(basket, phase);

        Solution written = seeds.get(0).solution();
        assertThat(written.isFeasible()).isTrue();
        assertThat(result.getScore()).isEqualTo(HardSoftScore.of(0, (int) Math.round(written.objective())));
        assertThat(seeds.get(0).producer()).isIn("hgnn+", "greedy");
    }

    @Test
    void formulationClassPropertyInstantiatesTheFormulation() {
        NeuralModelPhase<Basket> phase = new NeuralModelPhase<>() {
            @Override
            public Seeder createSeeder(Consumer<String> warning) {
                return recording(allTrue());
            }
        };
        phase.applyProperty("formulationClass", BasketFormulation.class.getName());

        solve(Basket.random(5, 6), phase);

        assertThat(trained)
                .singleElement()
                .extracting(PuboProblem::numVariables)
                .isEqualTo(6);
        assertThatThrownBy(() -> phase.applyProperty("formulationClass", "no.such.Formulation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(no.such.Formulation)")
                .hasMessageContaining("Maybe");
        assertThatThrownBy(() -> phase.applyProperty("formulationClass", String.class.getName()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not implement");
    }

    @Test
    void solverXmlConfiguresThePhaseThroughItsCustomProperties() {
        SolverConfig config = SolverConfig.createFromXmlResource("io/hyperseed/timefold/model/basketSolverConfig.xml");

        Basket result = SolverFactory.<Basket>create(config).buildSolver().solve(Basket.random(8, 12));

        assertThat(result.getPicks())
                .allSatisfy(pick -> assertThat(pick.getChosen()).isNotNull());
        assertThat(result.getScore()).isEqualTo(new BasketScoreCalculator().calculateScore(result));
    }

    @Test
    void formulationWithTheWrongNumberOfVariablesFailsWithAHint() {
        NeuralModelPhase<Basket> phase = new NeuralModelPhase<>((basket, decisions) -> {
            decisions.add(Pick.class, "chosen", basket.getPicks());
            return PuboProblem.builder(2, Sense.MAXIMIZE).build();
        });

        assertThatThrownBy(() -> solve(Basket.random(6, 6), phase))
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("2 variables for 6 declared decisions")
                        .contains("Maybe"));
    }

    @Test
    void unknownVariableFailsWithTheKnownOnes() {
        NeuralModelPhase<Basket> phase = new NeuralModelPhase<>((basket, decisions) -> {
            decisions.add(Pick.class, "selected", basket.getPicks());
            return PuboProblem.builder(decisions.size(), Sense.MAXIMIZE).build();
        });

        assertThatThrownBy(() -> solve(Basket.random(6, 6), phase))
                .satisfies(e ->
                        assertThat(rootMessage(e)).contains("(Pick.selected)").contains("Maybe one of: chosen"));
    }

    @Test
    void nonBooleanVariableFailsWithWhatToDo() {
        Shelf shelf = new Shelf(List.of(new Slot(), new Slot()));
        NeuralModelPhase<Shelf> phase = new NeuralModelPhase<>((s, decisions) -> {
            decisions.add(Slot.class, "size", s.getSlots());
            return PuboProblem.builder(decisions.size(), Sense.MAXIMIZE).build();
        });
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Shelf.class)
                .withEntityClasses(Slot.class)
                .withEasyScoreCalculatorClass(ShelfScore.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(phase));

        assertThatThrownBy(
                        () -> SolverFactory.<Shelf>create(config).buildSolver().solve(shelf))
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("(Slot.size) has values of type (Integer)")
                        .contains("Maybe model each value as a boolean variable"));
    }

    // --- fixtures ---

    private static Basket bestOfEachGroup() {
        Basket basket = Basket.random(7, 9);
        for (Pick pick : basket.getPicks()) {
            int best = basket.getPicks().stream()
                    .filter(p -> p.getGroup() == pick.getGroup())
                    .mapToInt(Pick::getValue)
                    .max()
                    .orElseThrow();
            pick.setChosen(pick.getValue() == best
                    && basket.getPicks().stream()
                                    .filter(p -> p.getGroup() == pick.getGroup() && p.getValue() == best)
                                    .findFirst()
                                    .orElseThrow()
                            == pick);
        }
        return basket;
    }

    private static long bestOfEachGroupValue() {
        return new BasketScoreCalculator().calculateScore(bestOfEachGroup()).softScore();
    }

    private Basket solve(Basket basket, NeuralModelPhase<Basket> phase) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Basket.class)
                .withEntityClasses(Pick.class)
                .withEasyScoreCalculatorClass(BasketScoreCalculator.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(phase));
        return SolverFactory.<Basket>create(config).buildSolver().solve(basket);
    }

    private NeuralModelPhase<Basket> withSeeder(Seeder seeder) {
        NeuralModelPhase<Basket> phase = new NeuralModelPhase<>(new BasketFormulation()) {
            @Override
            public Seeder createSeeder(Consumer<String> warning) {
                return new FallbackSeeder(recording(seeder), new GreedySeeder(), warning);
            }
        };
        phase.setListener(recorder);
        return phase;
    }

    private Seeder recording(Seeder seeder) {
        return TestSeeders.recording(seeder, trained, starts);
    }

    private static Seeder alternating() {
        return fixed("alternating", i -> i % 2 == 0);
    }

    private static Seeder allTrue() {
        return fixed("true", i -> true);
    }

    private static Seeder allFalse() {
        return fixed("false", i -> false);
    }

    private static Seeder firstOfEachGroup() {
        return fixed("first", i -> i % 3 == 0);
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
        @PlanningVariable
        private Integer size;

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
