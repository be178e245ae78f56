package io.hyperseed.cli.generate;

import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.generate.RandomPrograms;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperseed generate sat}: random k-SAT with a planted solution ({@link RandomPrograms#plantedSat}), written
 * as DIMACS CNF; satisfiable by construction. {@code O(m k)}.
 */
@Command(
        name = "sat",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "A seeded random k-SAT formula with a planted solution (DIMACS CNF, satisfiable).")
public final class GenerateSat implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", defaultValue = "250", description = "Variables (default: ${DEFAULT-VALUE}).")
    private int n;

    @Option(names = "--m", defaultValue = "1065", description = "Clauses (default: ${DEFAULT-VALUE}, ratio 4.26).")
    private int m;

    @Option(names = "--k", defaultValue = "3", description = "Literals per clause (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .cnf file to write.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (n < k || k < 1 || m < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid size (--n " + n + ", --m " + m + ", --k " + k + "). Maybe --n 250 --m 1065 --k 3?");
        }
        RandomPrograms.PlantedSat sat = RandomPrograms.plantedSat(n, m, k, seed);
        GeneratedFiles.write(
                spec,
                out,
                file -> {
                    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        sat.writeDimacs(
                                writer,
                                "planted random " + k + "-SAT, hyperseed generate sat --n " + n + " --m " + m + " --k "
                                        + k + " --seed " + seed);
                    }
                },
                n + " variables, " + m + " clauses of " + k + " literals, satisfiable (planted, seed " + seed + ")");
        return 0;
    }
}
