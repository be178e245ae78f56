package io.hyperseed.report;

import io.hyperseed.core.io.InstanceFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one benchmark (or one shard of it) was, beside its runs: written as {@value #FILE_NAME} (a two-column
 * {@code key,value} CSV) next to {@code runs.csv}, so that {@code hyperseed report} can merge shards without the
 * original command line. {@code settings} describe the whole benchmark and must agree between shards; the shard,
 * the start, the machine, the parallelism and the PyTorch threads belong to the shard. {@code O(settings)}.
 *
 * @param title the report title
 * @param started when the shard started
 * @param machine the machine the shard ran on
 * @param settings the benchmark's settings in display order (the same in every shard)
 * @param shardIndex this shard's index, 1..{@code shardCount}
 * @param shardCount the number of shards the run matrix was cut into (1 when not sharded)
 * @param runsPlanned the number of runs in the whole matrix (all shards)
 * @param parallel how many runs the shard ran at once
 * @param torchThreads PyTorch's intra-op and inter-op threads, e.g. {@code 2/2}, or empty when PyTorch was not used
 * @param anchorsSource the file name the published results came from, or empty when none
 */
public record BenchmarkMetadata(
        String title,
        ZonedDateTime started,
        MachineInfo machine,
        Map<String, String> settings,
        int shardIndex,
        int shardCount,
        int runsPlanned,
        int parallel,
        String torchThreads,
        String anchorsSource) {

    /** The file name in a benchmark folder. */
    public static final String FILE_NAME = "benchmark.csv";

    private static final String FORMAT = "hyperseed-benchmark-1";
    private static final String SETTING = "setting.";

    public BenchmarkMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(torchThreads, "torchThreads");
        Objects.requireNonNull(anchorsSource, "anchorsSource");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        if (shardCount < 1 || shardIndex < 1 || shardIndex > shardCount) {
            throw new IllegalArgumentException("The shard (" + shardIndex + "/" + shardCount + ") must be K/N with "
                    + "1 <= K <= N. Maybe 1/" + Math.max(1, shardCount) + "?");
        }
        if (runsPlanned < 0 || parallel < 1) {
            throw new IllegalArgumentException("The runs planned (" + runsPlanned + ") must not be negative and the "
                    + "parallel runs (" + parallel + ") must be at least 1.");
        }
    }

    /** {@code K/N}. */
    public String shard() {
        return shardIndex + "/" + shardCount;
    }

    /** Writes this to {@code dir}/{@value #FILE_NAME}. */
    public void write(Path dir) throws IOException {
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("format", FORMAT);
        kv.put("title", title);
        kv.put("started", started.toString());
        kv.put("shard", shard());
        kv.put("runs_planned", Integer.toString(runsPlanned));
        kv.put("parallel", Integer.toString(parallel));
        kv.put("torch_threads", torchThreads);
        kv.put("anchors_source", anchorsSource);
        kv.put("machine.cpu", machine.cpu());
        kv.put("machine.cores", Integer.toString(machine.cores()));
        kv.put("machine.memory_bytes", Long.toString(machine.memoryBytes()));
        kv.put("machine.max_heap_bytes", Long.toString(machine.maxHeapBytes()));
        kv.put("machine.jvm", machine.jvm());
        kv.put("machine.os", machine.os());
        settings.forEach((k, v) -> kv.put(SETTING + k, v));
        Path file = dir.resolve(FILE_NAME);
        try (Writer w = Files.newBufferedWriter(file);
                PrintWriter out = new PrintWriter(w)) {
            out.print("key,value\n");
            kv.forEach((k, v) -> out.print(CsvTable.quote(k) + "," + CsvTable.quote(v.replace('\n', ' ')) + "\n"));
            if (out.checkError()) {
                throw new IOException("Writing " + file + " failed.");
            }
        }
    }

    /** Reads {@code dir}/{@value #FILE_NAME}; fails naming the file and the line of a bad or missing value. */
    public static BenchmarkMetadata read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        CsvTable table = CsvTable.read(file);
        if (table.header().size() != 2 || !table.header().get(0).equals("key")) {
            throw new InstanceFormatException(
                    file, 1, "the header (" + String.join(",", table.header()) + ") is not key,value");
        }
        Map<String, String> kv = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (row.get(0).startsWith(SETTING)) {
                settings.put(row.get(0).substring(SETTING.length()), row.get(1));
            } else {
                kv.put(row.get(0), row.get(1));
                lines.put(row.get(0), i + 2);
            }
        }
        if (!FORMAT.equals(kv.get("format"))) {
            throw new InstanceFormatException(
                    file,
                    lines.getOrDefault("format", 2),
                    "the format (" + kv.get("format") + ") is not " + FORMAT
                            + ". Maybe the folder was written by another version?");
        }
        try {
            String[] shard = require(kv, "shard", file).split("/");
            if (shard.length != 2) {
                throw new IllegalArgumentException("the shard (" + kv.get("shard") + ") is not K/N");
            }
            MachineInfo machine = new MachineInfo(
                    require(kv, "machine.cpu", file),
                    Integer.parseInt(require(kv, "machine.cores", file)),
                    Long.parseLong(require(kv, "machine.memory_bytes", file)),
                    Long.parseLong(require(kv, "machine.max_heap_bytes", file)),
                    require(kv, "machine.jvm", file),
                    require(kv, "machine.os", file));
            return new BenchmarkMetadata(
                    require(kv, "title", file),
                    ZonedDateTime.parse(require(kv, "started", file)),
                    machine,
                    settings,
                    Integer.parseInt(shard[0].trim()),
                    Integer.parseInt(shard[1].trim()),
                    Integer.parseInt(require(kv, "runs_planned", file)),
                    Integer.parseInt(require(kv, "parallel", file)),
                    kv.getOrDefault("torch_threads", ""),
                    kv.getOrDefault("anchors_source", ""));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InstanceFormatException(file, 0, e.getMessage() + ". Maybe the file was edited by hand?", e);
        }
    }

    private static String require(Map<String, String> kv, String key, Path file) {
        String v = kv.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the key (" + key + ") is missing from " + file);
        }
        return v;
    }
}
