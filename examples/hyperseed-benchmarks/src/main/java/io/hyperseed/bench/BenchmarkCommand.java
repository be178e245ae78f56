package io.hyperseed.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every benchmark command has: the {@code --data DIR} option ({@link DataOptions}) and the command line's output
 * stream (so that tests capture it). Subclasses print a {@link RunHeader} first, then their figures.
 */
public abstract class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The data folder and instance lookup. */
    @Mixin
    protected DataOptions data;

    /** Where the figures go (standard output unless a test redirects it). */
    protected PrintWriter output() {
        return spec.commandLine().getOut();
    }
}
