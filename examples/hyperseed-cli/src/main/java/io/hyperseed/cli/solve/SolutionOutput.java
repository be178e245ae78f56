package io.hyperseed.cli.solve;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.SolutionFiles;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.report.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a solve's best solution in the core solution file format, with how it was obtained as comments. */
final class SolutionOutput {

    private SolutionOutput() {}

    static void write(Path file, Instance instance, SolveOptions options, SolveResult result) throws IOException {
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("solver", "hyperseed " + result.framework() + " / " + result.config());
        comments.put("seed", Long.toString(options.randomSeed()));
        comments.put("time limit", Numbers.seconds(options.timeLimit()));
        comments.put("total time", Numbers.seconds(result.totalTime()));
        if (result.seed() != null) {
            comments.put(
                    "seeding",
                    result.seed().producer() + " "
                            + Numbers.objective(result.seed().solution().objective()) + " in "
                            + Numbers.seconds(result.seedTime()));
        }
        SolutionFiles.write(file, instance, result.solution(), comments);
    }
}
