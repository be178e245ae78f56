package io.hyperseed.neural.bench;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.testing.DataDirectory;
import io.hyperseed.neural.GuardedSeeder;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralPhaseProperties;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Our network ({@code hgnn-skip}) against the seed notebook's stack ({@code seed-notebook}) on Cora (seed-paper
 * hypergraph max-cut) and the HypOp synthetic hypergraphs, through the seeder the phases run
 * ({@link GuardedSeeder}: the better of neural and greedy, so the table also gives the neural cut alone). Same
 * widths, budget and seeds for both. Instances are read by the core readers from the shared data folder
 * ({@code -Dhyperseed.data}, default {@code ../shared/data}).
 *
 * <p>Arguments: {@code seeds=3 timeLimit=30s networks=hgnn-skip,seed-notebook cora=true hypop=true} plus neural
 * properties ({@code name=value}). Run with {@code plugin/hyperseed-neural/neural-benchmark.sh NetworkComparison
 * [args]}.
 */
public final class NetworkComparison {

    private static final List<String> HYPOP = List.of(
            "Hyp_453_673",
            "Hyp_901_1333",
            "Hyp_1779_2660",
            "Hyp_2664_3901",
            "Hyp_4425_6555",
            "Hyp_6281_9325",
            "Hyp_8901_13058");

    private NetworkComparison() {}

    public static void main(String[] args) throws Exception {
        int seeds = 3;
        String timeLimit = "30s";
        List<String> networks = List.of("hgnn-skip", "seed-notebook");
        boolean cora = true;
        boolean hypop = true;
        List<String> properties = new ArrayList<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "seeds" -> seeds = Integer.parseInt(kv[1]);
                case "timeLimit" -> timeLimit = kv[1];
                case "networks" -> networks = Arrays.asList(kv[1].split(","));
                case "cora" -> cora = Boolean.parseBoolean(kv[1]);
                case "hypop" -> hypop = Boolean.parseBoolean(kv[1]);
                default -> properties.add(arg);
            }
        }
        Path data = DataDirectory.configured();
        System.out.println("# NetworkComparison " + String.join(" ", args));
        System.out.println("# data " + data + ", Java " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, torch threads "
                + System.getProperty("ai.djl.pytorch.num_threads", "default") + ", load average " + load()
                + " (shared machine)");
        List<Path> files = new ArrayList<>();
        if (cora) {
            files.add(data.resolve("seed-bip/cora_hypergraph.txt"));
        }
        if (hypop) {
            for (String name : HYPOP) {
                files.add(data.resolve("hypop/synthetic_original/" + name + ".txt"));
            }
        }
        System.out.println("| instance | network | seed | cut (seeder) | neural cut | 0.5-threshold cut | greedy cut |"
                + " from | epochs | stop | s | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        // warm-up outside the table
        seed(InstanceFiles.readSingle(files.get(0), null), config(networks.get(0), "5s", properties), 99);
        for (Path file : files) {
            Format format = file.toString().contains("hypop") ? Format.HYPOP : Format.BIPNN;
            Instance instance = InstanceFiles.readSingle(file, format);
            for (String network : networks) {
                for (int s = 1; s <= seeds; s++) {
                    long start = System.nanoTime();
                    Seed seed = seed(instance, config(network, timeLimit, properties), s);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %s | %d | %.0f | %s | %s | %s | %s | %s | %s | %.1f | %s |%n",
                            instance.name(),
                            network,
                            s,
                            seed.solution().objective(),
                            number(seed.details().get("neuralObjective")),
                            number(seed.details().get("thresholdObjective")),
                            number(seed.details().get("greedyObjective")),
                            seed.producer(),
                            seed.details().getOrDefault("epochs", "-"),
                            seed.details().getOrDefault("stopReason", "-"),
                            seconds,
                            load());
                }
            }
        }
    }

    private static Seed seed(Instance instance, NeuralConfig config, long seed) {
        return new GuardedSeeder(config, w -> System.out.println("# warning: " + w))
                .seed(instance.problem(), SeedingContext.of(seed));
    }

    private static NeuralConfig config(String network, String timeLimit, List<String> properties) {
        NeuralPhaseProperties phase = new NeuralPhaseProperties() {};
        phase.setDevice("cpu");
        phase.setNetwork(network);
        phase.setTimeLimit(timeLimit);
        for (String p : properties) {
            int eq = p.indexOf('=');
            phase.applyProperty(p.substring(0, eq), p.substring(eq + 1));
        }
        return phase.toConfig();
    }

    private static String number(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.0f", n.doubleValue()) : "-";
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
