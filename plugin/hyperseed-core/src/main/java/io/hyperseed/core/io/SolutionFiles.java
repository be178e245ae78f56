package io.hyperseed.core.io;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Solution files: {@code #} comment lines (instance, objective, feasibility, the caller's comments such as the
 * time), then one line {@code <name> <0|1>} per variable in index order, with the problem's own variable names (the
 * instance file's vertex names), so that independent tools can check a solution. {@code O(n)}.
 */
public final class SolutionFiles {

    private SolutionFiles() {}

    /**
     * Writes {@code solution} of {@code instance} to {@code out}, creating parent folders. {@code comments} are
     * written as {@code # key: value} lines in the map's iteration order.
     */
    public static void write(Path out, Instance instance, Solution solution, Map<String, String> comments)
            throws IOException {
        PuboProblem problem = instance.problem();
        if (solution.size() != problem.numVariables()) {
            throw new IllegalArgumentException("The solution has " + solution.size() + " values, the instance ("
                    + instance.name() + ") " + problem.numVariables() + " variables.");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            comment(w, "instance", instance.name());
            comment(w, "source", instance.source().toString());
            comment(w, "format", instance.format().id());
            comment(w, "sense", problem.sense().name().toLowerCase());
            comment(w, "objective", PuboSyntax.number(solution.objective()));
            comment(w, "feasible", solution.isFeasible() ? "yes" : "no");
            comment(w, "violation", PuboSyntax.number(solution.violation()));
            for (Map.Entry<String, String> e : comments.entrySet()) {
                comment(w, e.getKey(), e.getValue());
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < problem.numVariables(); i++) {
                line.setLength(0);
                line.append(problem.variableName(i))
                        .append(' ')
                        .append(solution.value(i) ? '1' : '0')
                        .append('\n');
                w.write(line.toString());
            }
        }
    }

    private static void comment(BufferedWriter w, String key, String value) throws IOException {
        w.write("# " + oneLine(key) + ": " + oneLine(value) + "\n");
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Reads a solution of {@code problem}: every variable exactly once, by name, with value 0 or 1 (any order;
     * {@code #} lines and blank lines are skipped).
     */
    public static boolean[] read(Path file, PuboProblem problem) throws IOException {
        int n = problem.numVariables();
        boolean[] values = new boolean[n];
        long[] seenAt = new long[n];
        try (LineScanner s = LineScanner.open(file)) {
            while (s.nextDataLine("#")) {
                String name = s.token();
                String value = s.token();
                if (value == null || s.token() != null) {
                    throw s.error("expected '<name> <0|1>', found ("
                            + LineScanner.shorten(s.line().trim()) + ").");
                }
                int i = problem.indexOf(name);
                if (i < 0) {
                    throw s.error("unknown variable (" + LineScanner.shorten(name) + ") for instance " + problem.name()
                            + ". Maybe the solution belongs to another instance?");
                }
                if (seenAt[i] != 0) {
                    throw s.error("variable (" + LineScanner.shorten(name) + ") is given twice (first on line "
                            + seenAt[i] + ").");
                }
                if (!value.equals("0") && !value.equals("1")) {
                    throw s.error(
                            "the value (" + LineScanner.shorten(value) + ") of variable " + name + " is not 0 or 1.");
                }
                seenAt[i] = s.lineNumber();
                values[i] = value.equals("1");
            }
            List<String> missing = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (seenAt[i] == 0) {
                    if (missing.size() < 5) {
                        missing.add(problem.variableName(i));
                    }
                    count++;
                }
            }
            if (count > 0) {
                throw s.errorAtEnd("the solution lacks " + count + " of the " + n + " variables, e.g. " + missing
                        + ". Maybe the file is truncated?");
            }
        }
        return values;
    }
}
