package io.hyperseed.bench;

import io.hyperseed.report.MachineInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The lines every benchmark prints before its figures, so that no number is shown without the machine it ran on:
 * the command and time, the machine ({@link MachineInfo}, the CLI's report description, one line), the load average
 * (the project's machines are often shared) and the settings. {@code O(1)} apart from reading {@code /proc}.
 */
public final class RunHeader {

    private RunHeader() {}

    /** Prints the header of {@code command} with its {@code settings} to {@code out}, each line starting {@code #}. */
    public static void print(PrintWriter out, String command, String settings) {
        out.println("# hyperseed-benchmarks " + command + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.println("# machine: " + MachineInfo.current().oneLine());
        out.println("# load average (1, 5, 15 min): " + loadAverage());
        out.println("# settings: " + settings);
    }

    /** The first three fields of {@code /proc/loadavg}, or {@code unknown} off Linux. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields.length >= 3 ? String.join(" ", fields[0], fields[1], fields[2]) : "unknown";
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "unknown (%s)", e.getClass().getSimpleName());
        }
    }
}
