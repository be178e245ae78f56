package io.hyperseed.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command lines that the solve, benchmark and report tests share, with the options that vary appended: solves
 * and benchmarks of the bundled test instances, mostly on the fake solver.
 */
final class CliRuns {

    private CliRuns() {}

    /** {@code solve INSTANCE --framework fake --config CONFIG MORE...} on the bundled {@code instance}. */
    static Cli.Run solveOnFake(String instance, String config, String... more) {
        return run(List.of("solve", Cli.instance(instance), "--framework", "fake", "--config", config), more);
    }

    /**
     * The benchmark options of a 2 x 2 run matrix on the fake solver: the bundled {@code tiny.hgr} and
     * {@code square.hgr}, the configs {@code neural-tabu} and {@code tabu}, 1 s each.
     */
    static List<String> twoByTwoOnFake() {
        return List.of(
                "--instances",
                Cli.instance("tiny.hgr"),
                Cli.instance("square.hgr"),
                "--configs",
                "neural-tabu,tabu",
                "--frameworks",
                "fake",
                "--time",
                "1s");
    }

    /** {@code benchmark --instances square.hgr --configs tabu --frameworks FRAMEWORKS --time TIME MORE...}. */
    static Cli.Run benchmarkSquareWithTabu(String frameworks, String time, String... more) {
        return benchmark(
                List.of(
                        "--instances",
                        Cli.instance("square.hgr"),
                        "--configs",
                        "tabu",
                        "--frameworks",
                        frameworks,
                        "--time",
                        time),
                more);
    }

    /** {@code benchmark OPTIONS... MORE...}. */
    static Cli.Run benchmark(List<String> options, String... more) {
        List<String> args = new ArrayList<>(List.of("benchmark"));
        args.addAll(options);
        return run(args, more);
    }

    private static Cli.Run run(List<String> first, String... more) {
        List<String> args = new ArrayList<>(first);
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
