package io.hyperseed.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The machine a benchmark ran on, printed with every report so that numbers are never shown without it.
 *
 * @param cpu the CPU model ({@code /proc/cpuinfo}), or {@code unknown}
 * @param cores the processors available to the JVM
 * @param memoryBytes the physical memory, or -1 when unknown
 * @param maxHeapBytes the JVM's maximum heap
 * @param jvm the JVM vendor, name and version
 * @param os the operating system name, version and architecture
 */
public record MachineInfo(String cpu, int cores, long memoryBytes, long maxHeapBytes, String jvm, String os) {

    /** Describes the current machine. */
    public static MachineInfo current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return new MachineInfo(
                cpuModel().orElse("unknown"),
                Runtime.getRuntime().availableProcessors(),
                memory,
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    private static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The description as ordered label/value pairs. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("CPU", cpu);
        map.put("cores", Integer.toString(cores));
        map.put("memory", memoryBytes < 0 ? "unknown" : gib(memoryBytes));
        map.put("max heap", gib(maxHeapBytes));
        map.put("JVM", jvm);
        map.put("OS", os);
        return map;
    }

    /** One line, e.g. {@code 2 cores (Intel Xeon ...), 8.0 GiB, JVM ..., Linux ...}. */
    public String oneLine() {
        return cores + " cores (" + cpu + "), " + (memoryBytes < 0 ? "unknown memory" : gib(memoryBytes)) + " RAM, "
                + jvm + ", " + os;
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
