package io.hyperseed.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges benchmark folders (the shards of one run matrix, or one unsharded benchmark) into one report: reads each
 * folder's {@code runs.csv}, {@value BenchmarkMetadata#FILE_NAME} and published results, checks that they come from
 * the same benchmark (same settings, same shard count, no shard and no run twice), and orders the runs by their
 * run-matrix index, so the report equals the one an unsharded run writes in everything but timings. Missing shards
 * are allowed and said in the report. {@code O(runs log runs)}.
 */
public final class ShardMerger {

    /** The runs file in a benchmark folder. */
    public static final String RUNS_FILE = "runs.csv";
    /** The published results file in a benchmark folder. */
    public static final String ANCHORS_FILE = "anchors.csv";

    private ShardMerger() {}

    /**
     * A merged benchmark.
     *
     * @param report the report of every run found
     * @param metadata the merged metadata (shard 1/1), to write beside a merged {@code runs.csv}
     */
    public record Merged(BenchmarkReport report, BenchmarkMetadata metadata) {

        public Merged {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /**
     * Merges {@code dirs}; {@code title} (null to keep the shards') names the report.
     *
     * @throws IllegalArgumentException when the folders are not shards of one benchmark, naming the difference
     */
    public static Merged merge(List<Path> dirs, String title) throws IOException {
        if (dirs.isEmpty()) {
            throw new IllegalArgumentException(
                    "No benchmark folder to merge. Maybe \"hyperseed report out-1 out-2 " + "...\"?");
        }
        List<BenchmarkMetadata> metas = new ArrayList<>();
        List<RunRecord> records = new ArrayList<>();
        Map<Integer, Path> shardDirs = new HashMap<>();
        Map<Integer, Path> runDirs = new HashMap<>();
        ReferenceTable anchors = null;
        for (Path dir : dirs) {
            if (!Files.isRegularFile(dir.resolve(RUNS_FILE))
                    || !Files.isRegularFile(dir.resolve(BenchmarkMetadata.FILE_NAME))) {
                throw new IllegalArgumentException("The folder (" + dir + ") has no " + RUNS_FILE + " and "
                        + BenchmarkMetadata.FILE_NAME + ". Maybe pass the --out folder of a hyperseed benchmark?");
            }
            BenchmarkMetadata meta = BenchmarkMetadata.read(dir);
            if (!metas.isEmpty()) {
                checkSameBenchmark(metas.get(0), dirs.get(0), meta, dir);
            }
            Path earlier = shardDirs.putIfAbsent(meta.shardIndex(), dir);
            if (earlier != null) {
                throw new IllegalArgumentException("The shard (" + meta.shard() + ") is in two folders (" + earlier
                        + " and " + dir + "). Maybe a shard ran twice: pass one of its folders.");
            }
            metas.add(meta);
            for (RunRecord r : CsvReportReader.read(dir.resolve(RUNS_FILE))) {
                Path other = runDirs.putIfAbsent(r.run(), dir);
                if (other != null) {
                    throw new IllegalArgumentException("The run (" + r.run() + ": " + r.instance() + " " + r.label()
                            + " #" + r.repeat() + ") is in two folders (" + other + " and " + dir + "). Maybe the "
                            + "folders come from different shardings?");
                }
                records.add(r);
            }
            Path anchorsFile = dir.resolve(ANCHORS_FILE);
            if (anchors == null && Files.isRegularFile(anchorsFile)) {
                anchors = ReferenceTable.readLong(
                        anchorsFile, Path.of(meta.anchorsSource().isEmpty() ? ANCHORS_FILE : meta.anchorsSource()));
            }
        }
        BenchmarkMetadata first = metas.get(0);
        ZonedDateTime started = metas.stream()
                .map(BenchmarkMetadata::started)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, String> settings = new LinkedHashMap<>(first.settings());
        settings.put("runs", runsText(records.size(), first, shardDirs.keySet()));
        settings.put("run sharing", sharingText(metas));
        String torch = perShard(metas, BenchmarkMetadata::torchThreads);
        if (!torch.isEmpty()) {
            settings.put("PyTorch threads", torch + " (intra-op/inter-op)");
        }
        if (metas.stream().map(BenchmarkMetadata::machine).distinct().count() > 1) {
            settings.put(
                    "machines",
                    "differ between shards: "
                            + String.join(
                                    "; ",
                                    metas.stream()
                                            .sorted(Comparator.comparingInt(BenchmarkMetadata::shardIndex))
                                            .map(m -> "shard " + m.shard() + " "
                                                    + m.machine().oneLine())
                                            .toList()));
        }
        if (first.shardCount() > 1) {
            settings.put("shards", first.shardCount() + " slices of the run matrix, merged by hyperseed report");
        }
        String reportTitle = title == null ? first.title() : title;
        BenchmarkReport report = new BenchmarkReport(reportTitle, started, first.machine(), settings, records, anchors);
        BenchmarkMetadata merged = new BenchmarkMetadata(
                reportTitle,
                started,
                first.machine(),
                first.settings(),
                1,
                1,
                first.runsPlanned(),
                metas.stream().mapToInt(BenchmarkMetadata::parallel).max().orElse(1),
                first.torchThreads(),
                first.anchorsSource());
        return new Merged(report, merged);
    }

    private static void checkSameBenchmark(BenchmarkMetadata a, Path aDir, BenchmarkMetadata b, Path bDir) {
        if (a.shardCount() != b.shardCount() || a.runsPlanned() != b.runsPlanned()) {
            throw new IllegalArgumentException("The folders " + aDir + " (shard " + a.shard() + " of " + a.runsPlanned()
                    + " runs) and " + bDir + " (shard " + b.shard() + " of " + b.runsPlanned() + " runs) are not "
                    + "slices of one run matrix. Maybe they come from different benchmarks?");
        }
        for (String key : new TreeSet<>(union(a.settings(), b.settings()))) {
            String va = a.settings().get(key);
            String vb = b.settings().get(key);
            if (!Objects.equals(va, vb)) {
                throw new IllegalArgumentException("The shards disagree on " + key + " (" + va + " in " + aDir + ", "
                        + vb + " in " + bDir + "). Maybe they come from different benchmarks?");
            }
        }
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String runsText(int present, BenchmarkMetadata first, Set<Integer> shards) {
        String text = present + " of " + first.runsPlanned() + " planned";
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= first.shardCount(); k++) {
            if (!shards.contains(k)) {
                missing.add(k + "/" + first.shardCount());
            }
        }
        if (!missing.isEmpty()) {
            text += "; missing shards " + String.join(", ", missing);
        } else if (present < first.runsPlanned()) {
            text += "; the benchmark was stopped early";
        }
        return text;
    }

    private static String sharingText(List<BenchmarkMetadata> metas) {
        return perShard(
                metas,
                m -> m.parallel() == 1
                        ? "one run at a time"
                        : "up to " + m.parallel()
                                + " runs at once in one JVM: runs shared the machine, and CPU time counts "
                                + "the solving thread only");
    }

    /** The value when every shard has the same, else {@code shard K/N: value} per shard. */
    private static String perShard(List<BenchmarkMetadata> metas, Function<BenchmarkMetadata, String> value) {
        if (metas.stream().map(value).distinct().count() == 1) {
            return value.apply(metas.get(0));
        }
        return String.join(
                "; ",
                metas.stream()
                        .sorted(Comparator.comparingInt(BenchmarkMetadata::shardIndex))
                        .map(m -> "shard " + m.shard() + ": " + (value.apply(m).isEmpty() ? "-" : value.apply(m)))
                        .toList());
    }
}
