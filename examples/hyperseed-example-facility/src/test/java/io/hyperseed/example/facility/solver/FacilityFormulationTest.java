package io.hyperseed.example.facility.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.example.facility.domain.Facility;
import io.hyperseed.example.facility.domain.FacilityGenerator;
import io.hyperseed.example.facility.domain.FacilityPlan;
import io.hyperseed.timefold.model.NeuralModelPhase;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FacilityFormulationTest {

    private static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(FacilityPlan.class)
                .withEntityClasses(Facility.class)
                .withConstraintProviderClass(FacilityConstraintProvider.class);
    }

    /** The score the PUBO gives the plan's values: hard = -violation, soft = -objective. */
    private static HardSoftScore puboScore(FacilityPlan plan) {
        PuboProblem problem = new FacilityFormulation().formulate(plan, new Decisions());
        boolean[] values = new boolean[plan.getFacilities().size()];
        for (Facility facility : plan.getFacilities()) {
            values[facility.getId()] = facility.isOpen();
        }
        return HardSoftScore.of(
                -Math.round(problem.totalViolation(values)), -Math.round(problem.objectiveValue(values)));
    }

    @Test
    void formulationAgreesWithTheConstraintStreamsOnRandomPlans() {
        FacilityPlan plan = FacilityGenerator.generate(10, 40, 4);
        SolutionManager<FacilityPlan, HardSoftScore> scores = SolutionManager.create(SolverFactory.create(config()));
        Random random = new Random(9);
        for (int round = 0; round < 40; round++) {
            double density = random.nextDouble();
            plan.getFacilities().forEach(f -> f.setOpen(random.nextDouble() < density));

            assertThat(scores.update(plan)).as("round " + round).isEqualTo(puboScore(plan));
        }
    }

    @Test
    void everyCustomerReachesItsFourNearestSitesPlusAtMostOneWitness() {
        FacilityPlan plan = FacilityGenerator.generate(12, 60, 5);
        assertThat(plan.getCustomers())
                .allSatisfy(customer -> assertThat(customer.reachSize())
                        .isBetween(FacilityGenerator.REACH, FacilityGenerator.REACH + 1));
    }

    @Test
    void scoreAfterTheNeuralPhaseIsFeasibleAndEqualsThePuboObjectiveOfTheWrittenValues() {
        FacilityPlan plan = FacilityGenerator.generate(10, 40, 2);
        NeuralModelPhase<FacilityPlan> neural = new NeuralModelPhase<>(new FacilityFormulation());
        neural.applyProperties(Map.of("timeLimit", "20s", "epochs", "40", "seed", "1", "penaltyStart", "500"));

        FacilityPlan result = SolverFactory.<FacilityPlan>create(
                        config().withPhases(new CustomPhaseConfig().withCustomPhaseCommands(neural)))
                .buildSolver()
                .solve(plan);

        assertThat(result.getFacilities())
                .allSatisfy(f -> assertThat(f.getOpen()).isNotNull());
        assertThat(result.getScore().hardScore()).isZero();
        assertThat(result.getScore()).isEqualTo(puboScore(result));
    }
}
