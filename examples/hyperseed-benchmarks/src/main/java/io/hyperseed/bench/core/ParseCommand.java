package io.hyperseed.bench.core;

import io.hyperseed.bench.BenchmarkCommand;
import io.hyperseed.bench.RunHeader;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed-benchmarks parse}: the time of one parse per instance file ({@link ParseBenchmark} under JMH),
 * with the format, file size and what was read. Writes {@code docs/results/parse-benchmark.txt}.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Reader speed (JMH): mean time of one parse of each instance file.")
public final class ParseCommand extends BenchmarkCommand {

    @Mixin
    private JmhOptions jmh;

    @Parameters(
            paramLabel = "INSTANCE",
            arity = "0..*",
            description = "Instance files, or paths under the data folder (default: G-set G70 and HypOp "
                    + "Hyp_8901_13058).")
    private List<String> instances = List.of("gset/graphs/G70.txt", "hypop/synthetic_original/Hyp_8901_13058.txt");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = output();
        List<Path> files = data.resolveAll(instances);
        RunHeader.print(out, "parse", jmh.describe() + "; data " + data.folder());
        for (Path file : files) {
            Format format = InstanceFiles.detect(file);
            List<Instance> all = InstanceFiles.read(file, format);
            Instance first = all.get(0);
            String shape = all.size() + " instance(s), n=" + first.problem().numVariables()
                    + (first.isMaxCut()
                            ? ", m=" + first.hypergraph().numEdges()
                            : ", terms=" + first.problem().objective().numTerms());
            RunResult result = jmh.run(
                            ParseBenchmark.class.getName() + "\\.",
                            file.toAbsolutePath().toString())
                    .iterator()
                    .next();
            out.printf(
                    Locale.ROOT,
                    "%s  format=%s  size=%d bytes  %s  mean: %.1f ms (spread %.0f%%)%n",
                    file.getFileName(),
                    format.id(),
                    Files.size(file),
                    shape,
                    result.getPrimaryResult().getScore(),
                    100 * EvaluatorCommand.spread(result));
            out.flush();
        }
        return 0;
    }
}
