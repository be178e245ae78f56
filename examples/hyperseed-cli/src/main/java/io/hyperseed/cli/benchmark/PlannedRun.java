package io.hyperseed.cli.benchmark;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One cell of a benchmark's run matrix.
 *
 * @param run the index in the matrix (instance, config, framework, repeat, in that nesting), stable across
 *        orders and shards
 * @param order the position in the planned execution order of the whole matrix
 * @param instance the instance file
 * @param config the configuration name or XML path
 * @param framework the framework name
 * @param repeat the 0-based repeat
 * @param seed the random seed ({@code baseSeed + repeat})
 */
public record PlannedRun(int run, int order, Path instance, String config, String framework, int repeat, long seed) {

    public PlannedRun {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(framework, "framework");
        if (run < 0 || order < 0 || repeat < 0) {
            throw new IllegalArgumentException(
                    "The run (" + run + "), order (" + order + ") and repeat (" + repeat + ") must not be negative.");
        }
    }

    /** The same run at another position of the execution order. */
    PlannedRun at(int position) {
        return new PlannedRun(run, position, instance, config, framework, repeat, seed);
    }
}
