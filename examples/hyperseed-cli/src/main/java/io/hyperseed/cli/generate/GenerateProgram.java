package io.hyperseed.cli.generate;

import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.io.PuboWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperseed generate program}: a random constrained 0-1 program with a planted feasible point
 * ({@link RandomPrograms}), written in Hyperseed's {@code .pubo} format.
 */
@Command(
        name = "program",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "A seeded random constrained 0-1 program (knapsack rows, exactly-one and at-most-one groups).")
public final class GenerateProgram implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", required = true, description = "Variables.")
    private int n;

    @Option(names = "--m", description = "Objective terms (default: 3n).")
    private Integer terms;

    @Option(names = "--knapsack-rows", defaultValue = "3", description = "Linear <= rows (default: ${DEFAULT-VALUE}).")
    private int knapsackRows;

    @Option(names = "--groups", description = "Exactly-one groups and as many at-most-one groups (default: n/10).")
    private Integer groups;

    @Option(
            names = "--group-size",
            defaultValue = "3",
            description = "Variables per group (default: " + "${DEFAULT-VALUE}).")
    private int groupSize;

    @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .pubo file to write.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        RandomPrograms.Spec defaults = RandomPrograms.Spec.of(n);
        int g = groups == null ? defaults.exactlyOneGroups() : groups;
        RandomPrograms.Spec spec = new RandomPrograms.Spec(
                n, terms == null ? defaults.objectiveTerms() : terms, knapsackRows, g, g, groupSize);
        var program = RandomPrograms.generate(spec, seed).problem();
        GeneratedFiles.write(
                this.spec,
                out,
                file -> PuboWriter.write(program, file),
                program.numVariables() + " variables, " + program.objective().numTerms() + " objective terms, "
                        + program.constraints().size() + " constraints (seed " + seed + ")");
        return 0;
    }
}
