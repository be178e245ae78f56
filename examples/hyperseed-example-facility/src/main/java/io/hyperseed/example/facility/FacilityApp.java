package io.hyperseed.example.facility;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.example.facility.domain.Facility;
import io.hyperseed.example.facility.domain.FacilityGenerator;
import io.hyperseed.example.facility.domain.FacilityPlan;
import io.hyperseed.example.facility.solver.FacilityConstraintProvider;
import io.hyperseed.example.facility.solver.FacilityFormulation;
import io.hyperseed.timefold.model.NeuralModelPhase;
import io.hyperseed.timefold.phase.SeedingListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Solves a random facility plan twice on the same budget: Timefold's construction heuristic then local search
 * ("LS alone"), and the neural phase (HGNN+ on {@link FacilityFormulation}) then the same local search
 * ("neural + LS"). {@code --study} repeats this for three sizes and three seeds and writes a Markdown table.
 *
 * <p>Usage: {@code facility [--districts 50] [--customers 200] [--seconds 10] [--seed 1]} or
 * {@code facility --study [--seconds 20,60] [--out docs/results/user-model.md]} (one table per budget).
 */
public final class FacilityApp {

    /** The two solver configurations compared. */
    public enum Mode {
        LS_ALONE("LS alone"),
        NEURAL_LS("neural + LS");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** The label in tables. */
        public String label() {
            return label;
        }
    }

    /**
     * One solve.
     *
     * @param mode the configuration
     * @param seed the random seed (solver and neural part)
     * @param score the best score at the end of the budget
     * @param seedScore the score of the neural phase's result (null for LS alone): hard = -violation,
     *        soft = -objective of the PUBO
     * @param neuralMillis the neural phase's wall time (0 for LS alone)
     * @param producer who made the neural phase's values ({@code hgnn+}, or {@code greedy} after a failure)
     * @param epochs the training epochs of the neural phase (0 for LS alone)
     */
    public record Run(
            Mode mode,
            long seed,
            HardSoftScore score,
            HardSoftScore seedScore,
            long neuralMillis,
            String producer,
            int epochs) {}

    /**
     * The neural settings of this model: the constraint penalty starts at the scale of one facility's costs
     * (opening 100..399 plus service), so that covering a customer outweighs saving one opening.
     */
    public static final Map<String, String> NEURAL_PROPERTIES = Map.of("penaltyStart", "500");

    private FacilityApp() {}

    /** The solver config of {@code mode} for the facility model, {@code budget} in all, seed {@code seed}. */
    public static SolverConfig solverConfig(Mode mode, Duration budget, long seed, SeedingListener listener) {
        PhaseConfig<?> construction;
        if (mode == Mode.NEURAL_LS) {
            NeuralModelPhase<FacilityPlan> neural = new NeuralModelPhase<>(new FacilityFormulation());
            SolveOptions options = new SolveOptions("neural-tabu", budget, seed, "auto", NEURAL_PROPERTIES);
            neural.applyProperties(HybridPolicy.neuralProperties(Map.of(), options));
            Duration cap = HybridPolicy.neuralCap(options, options.timeLimit(), false);
            if (neural.toConfig().timeLimit().compareTo(cap) > 0) {
                neural.setTimeLimit(cap.toMillis() + "ms");
            }
            neural.setListener(listener);
            construction = new CustomPhaseConfig().withCustomPhaseCommands(neural);
        } else {
            construction = new ConstructionHeuristicPhaseConfig();
        }
        return new SolverConfig()
                .withSolutionClass(FacilityPlan.class)
                .withEntityClasses(Facility.class)
                .withConstraintProviderClass(FacilityConstraintProvider.class)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(budget.toMillis()))
                .withPhases(construction, new LocalSearchPhaseConfig());
    }

    /** Solves {@code plan} (left unchanged) with {@code mode}. */
    public static Run solve(FacilityPlan plan, Mode mode, Duration budget, long seed) {
        AtomicReference<Seed> written = new AtomicReference<>();
        SeedingListener listener = new SeedingListener() {
            @Override
            public void onSeed(Seed seed) {
                written.set(seed);
            }
        };
        FacilityPlan best = SolverFactory.<FacilityPlan>create(solverConfig(mode, budget, seed, listener))
                .buildSolver()
                .solve(plan);
        Seed seedResult = written.get();
        HardSoftScore seedScore = seedResult == null
                ? null
                : HardSoftScore.of(
                        -Math.round(seedResult.solution().violation()),
                        -Math.round(seedResult.solution().objective()));
        return new Run(
                mode,
                seed,
                best.getScore(),
                seedScore,
                seedResult == null ? 0 : seedResult.elapsed().toMillis(),
                seedResult == null ? "" : seedResult.producer(),
                seedResult == null ? 0 : ((Number) seedResult.details().getOrDefault("epochs", 0)).intValue());
    }

    public static void main(String[] args) throws IOException {
        int districts = 50;
        int customers = 200;
        String seconds = "10";
        long seed = 1;
        boolean study = false;
        Path out = Path.of("docs/results/user-model.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--districts" -> districts = Integer.parseInt(args[++i]);
                case "--customers" -> customers = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--study" -> study = true;
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option (" + args[i] + "). Usage: facility [--districts 50] "
                            + "[--customers 200] [--seconds 10] [--seed 1] | facility --study [--seconds 20,60] "
                            + "[--out docs/results/user-model.md]");
                    System.exit(2);
                }
            }
        }
        if (study) {
            study(
                    Arrays.stream(seconds.split(","))
                            .map(t -> Duration.ofSeconds(Long.parseLong(t.trim())))
                            .toList(),
                    out);
            return;
        }
        Duration budget = Duration.ofSeconds(Long.parseLong(seconds));
        FacilityPlan plan = FacilityGenerator.generate(districts, customers, seed);
        System.out.printf(
                "Facility plan: %d districts, %d facilities, %d customers, seed %d, %d s per solve.%n",
                districts, plan.getFacilities().size(), customers, seed, budget.toSeconds());
        for (Mode mode : Mode.values()) {
            Run run = solve(plan, mode, budget, seed);
            System.out.printf(
                    "%-12s best %s%s%n",
                    mode.label(),
                    run.score(),
                    run.seedScore() == null
                            ? ""
                            : "   (neural phase wrote " + run.seedScore() + " from " + run.producer() + " in "
                                    + run.neuralMillis() + " ms)");
        }
    }

    private static void study(List<Duration> budgets, Path out) throws IOException {
        int[][] sizes = {{25, 100}, {50, 200}, {100, 400}};
        long[] seeds = {1, 2, 3};
        // The first neural solve of a JVM also loads PyTorch (seconds): do it once, unrecorded.
        solve(FacilityGenerator.generate(5, 20, 0), Mode.NEURAL_LS, Duration.ofSeconds(2), 0);
        String load = uptime();
        List<String> lines = new ArrayList<>();
        for (Duration budget : budgets) {
            int[] tally = new int[3];
            lines.add("");
            lines.add("## Budget " + budget.toSeconds() + " s per solve");
            lines.add("");
            lines.add("| facilities / customers | seed | LS alone | neural seed | neural + LS | neural ms | "
                    + "neural + LS vs LS alone |");
            lines.add("|---|---|---|---|---|---|---|");
            for (int[] size : sizes) {
                for (long seed : seeds) {
                    FacilityPlan plan = FacilityGenerator.generate(size[0], size[1], seed);
                    Run plain = solve(plan, Mode.LS_ALONE, budget, seed);
                    Run neural = solve(plan, Mode.NEURAL_LS, budget, seed);
                    String row = String.format(
                            "| %d / %d | %d | %s | %s (%s, %d epochs) | %s | %d | %s |",
                            2 * size[0],
                            size[1],
                            seed,
                            plain.score(),
                            neural.seedScore(),
                            neural.producer(),
                            neural.epochs(),
                            neural.score(),
                            neural.neuralMillis(),
                            verdict(neural.score(), plain.score()));
                    System.out.println(budget.toSeconds() + " s " + row);
                    lines.add(row);
                    tally[Integer.signum(neural.score().compareTo(plain.score())) + 1]++;
                }
            }
            lines.add("");
            lines.add("Neural + LS against LS alone at " + budget.toSeconds() + " s: " + tally[2] + " better, "
                    + tally[1] + " ties, " + tally[0] + " worse (score order: hard first, then soft).");
        }
        String after = uptime();
        String seconds = String.join(
                ",", budgets.stream().map(b -> Long.toString(b.toSeconds())).toList());
        try (PrintStream md = new PrintStream(Files.newOutputStream(createParent(out)), true, "UTF-8")) {
            md.println("# The neural phase in a user's own Timefold model: facility opening");
            md.println();
            md.println("Written by `examples/hyperseed-example-facility/facility --study --seconds " + seconds
                    + "` (see the example's README). Each instance is solved twice with the same budget and the "
                    + "same random seed: Timefold's default construction heuristic then its default local search "
                    + "(*LS alone*), and the neural phase (`NeuralModelPhase` with `FacilityFormulation`, training "
                    + "limited to " + Math.round(100 * HybridPolicy.NEURAL_SHARE) + " % of the "
                    + "budget, the adapters' policy) then the same local search (*neural + LS*). Scores are the "
                    + "model's own constraint-stream scores (hard/soft; soft = -(opening + service cost), higher is "
                    + "better); *neural seed* is the score of the values the neural phase wrote (from the PUBO: "
                    + "hard = -violation, soft = -objective), with who made them and the training epochs. "
                    + "Instances: `FacilityGenerator` (2 sites per district, 4 nearest sites in reach, feasible by "
                    + "construction), seeds 1-3. The neural phase runs with `penaltyStart=500` "
                    + "(`FacilityApp.NEURAL_PROPERTIES`, the scale of one facility's costs) and otherwise the "
                    + "defaults; PyTorch is loaded once before the first recorded run. *neural ms* is the whole "
                    + "phase: building the PUBO, training (stopped at its time limit), rounding with the seeder's "
                    + "one-flip repair, and writing; under heavy load it runs past the training limit.");
            md.println();
            md.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, shared with other jobs; "
                    + "load average (`/proc/loadavg`) before: `" + load + "`, after: `" + after + "`. With a load "
                    + "far above the core count every solve gets a fraction of a core, so these are small budgets "
                    + "in effect, and timings are noisy.");
            lines.forEach(md::println);
        }
        System.out.println("Wrote " + out);
    }

    private static String verdict(HardSoftScore neural, HardSoftScore plain) {
        int c = neural.compareTo(plain);
        return c > 0 ? "better" : c < 0 ? "worse" : "tie";
    }

    private static Path createParent(Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        return out;
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
