package io.hyperseed.bench.core;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH average time of one parse of an instance file by its core reader ({@link InstanceFiles#read(Path, Format)},
 * the format detected once at setup), file cache warm. Readers are {@code O(file size)} (BIPNN
 * {@code O(P log P)}); the project's budget is well under one second for the largest public files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

    /** The instance file (absolute path). */
    @Param("")
    public String file;

    private Path path;
    private Format format;

    /** Detects the format once per trial. */
    @Setup(Level.Trial)
    public void detect() throws IOException {
        path = Path.of(file);
        format = InstanceFiles.detect(path);
    }

    /** One parse of the whole file. */
    @Benchmark
    public List<Instance> parse() throws IOException {
        return InstanceFiles.read(path, format);
    }
}
