package io.hyperseed.bench.core;

import io.hyperseed.bench.BenchmarkCommand;
import io.hyperseed.bench.RunHeader;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed-benchmarks core}: the core evaluators' throughput ({@link EvaluatorBenchmark} under JMH) per
 * instance, one row each with the size, one cold parse in this JVM and the four rates; then the heap retained by a
 * polynomial of 10^6 cubic terms. Writes {@code docs/results/core-benchmark.txt}.
 */
@Command(
        name = "core",
        mixinStandardHelpOptions = true,
        description = "Core evaluator throughput (JMH): full evaluations and flip deltas per second, cut and PUBO.")
public final class EvaluatorCommand extends BenchmarkCommand {

    /** The default instances, under the data folder. */
    static final List<String> DEFAULT_INSTANCES = List.of(
            "gset/graphs/G14.txt",
            "gset/graphs/G22.txt",
            "gset/graphs/G55.txt",
            "gset/graphs/G70.txt",
            "hypop/synthetic_original/Hyp_8901_13058.txt");

    private static final String[] COLUMNS = {"cutEvaluation", "cutFlipDelta", "puboEvaluation", "puboFlipDelta"};

    @Mixin
    private JmhOptions jmh;

    @Parameters(
            paramLabel = "INSTANCE",
            arity = "0..*",
            description = "Instance files, or paths under the data folder (default: G14, G22, G55, G70 and HypOp "
                    + "Hyp_8901_13058).")
    private List<String> instances = DEFAULT_INSTANCES;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = output();
        List<Path> files = data.resolveAll(instances);
        RunHeader.print(out, "core", jmh.describe() + "; point seed 1, flip order seed 2; data " + data.folder());
        out.println("# figures: JMH mean per second; spread%: (max - min) / mean of the measured iterations,"
                + " worst of the row");
        out.printf(
                Locale.ROOT,
                "%-22s %8s %8s %9s %12s %12s %12s %12s %7s%n",
                "instance",
                "n",
                "m",
                "parse_ms",
                "cut_evals/s",
                "cut_flipd/s",
                "pubo_evals/s",
                "pubo_flipd/s",
                "spread%");
        for (Path file : files) {
            long start = System.nanoTime();
            Instance instance = InstanceFiles.readSingle(file, null);
            double parseMs = (System.nanoTime() - start) / 1e6;
            String include = EvaluatorBenchmark.class.getName() + (instance.isMaxCut() ? "\\." : "\\.pubo");
            Map<String, RunResult> byMethod =
                    byMethod(jmh.run(include, file.toAbsolutePath().toString()));
            StringBuilder row = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-22s %8d %8d %9.1f",
                    instance.name(),
                    instance.problem().numVariables(),
                    instance.isMaxCut()
                            ? instance.hypergraph().numEdges()
                            : instance.problem().objective().numTerms(),
                    parseMs));
            double worstSpread = 0;
            for (String column : COLUMNS) {
                RunResult result = byMethod.get(column);
                double score =
                        result == null ? Double.NaN : result.getPrimaryResult().getScore();
                if (result != null) {
                    worstSpread = Math.max(worstSpread, spread(result));
                }
                row.append(String.format(Locale.ROOT, " %12.3g", score));
            }
            out.println(row.append(String.format(Locale.ROOT, " %7.1f", 100 * worstSpread)));
        }
        out.println(millionTermMemory());
        out.flush();
        return 0;
    }

    /** The results by benchmark method name. */
    static Map<String, RunResult> byMethod(Collection<RunResult> results) {
        Map<String, RunResult> map = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            map.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        return map;
    }

    /**
     * The spread of the measured iterations, {@code (max - min) / mean}: on a shared machine JMH's 99.9% interval
     * over three iterations is too wide to read, the spread says directly how much the figure moved.
     */
    static double spread(RunResult result) {
        Statistics statistics = result.getPrimaryResult().getStatistics();
        double mean = statistics.getMean();
        return statistics.getN() > 1 && mean != 0 ? (statistics.getMax() - statistics.getMin()) / Math.abs(mean) : 0.0;
    }

    /** Heap retained by 10^6 random cubic terms over 10^5 variables (seed 3), measured after GC. */
    static String millionTermMemory() {
        System.gc();
        long before = usedHeap();
        int n = 100_000;
        Polynomial.Builder builder = Polynomial.builder(n);
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 1_000_000; t++) {
            builder.addTerm(
                    1 + random.nextInt(9),
                    Literal.positive(random.nextInt(n)),
                    Literal.negative(random.nextInt(n)),
                    Literal.positive(random.nextInt(n)));
        }
        Polynomial polynomial = builder.build();
        builder = null;
        System.gc();
        long after = usedHeap();
        return String.format(
                Locale.ROOT,
                "# 10^6 cubic terms over 10^5 variables: %d terms, heap retained %.1f MB",
                polynomial.numTerms(),
                (after - before) / 1e6);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
