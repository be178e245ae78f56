package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.IndexSet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded mutations of real-looking generated files of every single-file format (ScHoLP, a pair of files, is
 * covered by its reader test): truncation at any byte, deleted, repeated and swapped lines, the head of one file
 * spliced onto the body of another format's file, and corrupted tokens. Each mutated file is read with format
 * detection under a real-looking name, as a user would. Every case must either fail with an
 * {@link InstanceFormatException} whose message names the file and a line ({@code name:line: }), or read
 * <ul>
 *   <li>in the format of the file's own header (never another format in silence);</li>
 *   <li>after a truncation or a deleted or repeated line: to the original instance, unless the change lies in the
 *       last line of the file (a cut inside it is what the shorter file says) or the format has no counts to check
 *       ({@code .pubo}).</li>
 * </ul>
 */
class GeneratedFileMutationTest {

    private static final int MUTATIONS = 100;
    private static final Pattern LOCATION = Pattern.compile(":(\\d+): ");
    private static final String[] BAD_TOKENS = {
        "0", "-1", "99999999999", "x", "1.5", "nan", "", "7", "2", "1e308", "?", "p", "%"
    };

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Format.class, names = "SCHOLP", mode = EnumSource.Mode.EXCLUDE)
    void everyMutationFailsWithALineOrReadsWhatTheFileJustifies(Format format) throws IOException {
        Random random = new Random(31 + format.ordinal());
        String original = generate(format, random);
        String name = fileName(format);
        Path originalFile = dir.resolve("original-" + name);
        Files.writeString(originalFile, original);
        assertThat(InstanceFiles.detect(originalFile)).isEqualTo(format);
        String truth = fingerprint(InstanceFiles.read(originalFile));
        List<String> others = new ArrayList<>();
        for (Format other : Format.values()) {
            if (other != format && other != Format.SCHOLP) {
                others.add(generate(other, new Random(other.ordinal())));
            }
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (int round = 0; round < MUTATIONS; round++) {
            Mutation mutation = mutate(original, others, random);
            Path file = dir.resolve(name);
            Files.writeString(file, mutation.text());
            Outcome outcome = check(format, file, mutation, truth);
            outcomes.merge(outcome, 1, Integer::sum);
        }
        assertThat(outcomes.getOrDefault(Outcome.REJECTED, 0))
                .as("rejected mutations")
                .isPositive();
    }

    private enum Outcome {
        REJECTED,
        SAME,
        DIFFERENT
    }

    private record Mutation(String kind, String text, boolean changesOnlyTheLastLine) {}

    private static Outcome check(Format format, Path file, Mutation mutation, String truth) throws IOException {
        List<Instance> read;
        try {
            read = InstanceFiles.read(file);
        } catch (InstanceFormatException e) {
            String message = e.getMessage();
            assertThat(message).as("%s: %s", mutation.kind(), message).startsWith(file.toString());
            Matcher m = LOCATION.matcher(message.substring(file.toString().length()));
            if (!m.lookingAt()) {
                fail("%s: no line in '%s' for%n%s", mutation.kind(), message, mutation.text());
            }
            long lines = mutation.text().lines().count();
            assertThat(Long.parseLong(m.group(1)))
                    .as("%s: line of '%s'", mutation.kind(), message)
                    .isBetween(1L, lines + 1);
            return Outcome.REJECTED;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(mutation.kind() + ": " + e + " for\n" + mutation.text(), e);
        }
        for (Instance instance : read) {
            assertThat(instance.format())
                    .as("%s read as another format:%n%s", mutation.kind(), mutation.text())
                    .isEqualTo(format);
        }
        String result = fingerprint(read);
        if (result.equals(truth)) {
            return Outcome.SAME;
        }
        boolean countsLines = format != Format.PUBO;
        boolean lineCountChange = mutation.kind().startsWith("truncate")
                || mutation.kind().startsWith("delete")
                || mutation.kind().startsWith("repeat");
        if (countsLines && lineCountChange && !mutation.changesOnlyTheLastLine()) {
            fail(
                    "%s: read a different instance in silence:%n%s%nwas%n%s%nnow%n%s",
                    mutation.kind(), mutation.text(), truth, result);
        }
        return Outcome.DIFFERENT;
    }

    private static Mutation mutate(String original, List<String> others, Random random) {
        List<String> lines = new ArrayList<>(original.lines().toList());
        int lastData = lines.size() - 1;
        while (lastData > 0 && lines.get(lastData).isBlank()) {
            lastData--;
        }
        int startOfLast = 0;
        for (int i = 0; i < lastData; i++) {
            startOfLast += lines.get(i).length() + 1;
        }
        switch (random.nextInt(6)) {
            case 0 -> {
                int at = random.nextInt(original.length());
                return new Mutation("truncate at byte " + at, original.substring(0, at), at > startOfLast);
            }
            case 1 -> {
                int i = random.nextInt(lines.size());
                boolean trivial = isBlankOrComment(lines.get(i));
                lines.remove(i);
                return new Mutation("delete line " + (i + 1), join(lines), trivial);
            }
            case 2 -> {
                int i = random.nextInt(lines.size());
                boolean trivial = isBlankOrComment(lines.get(i));
                lines.add(i, lines.get(i));
                return new Mutation("repeat line " + (i + 1), join(lines), trivial);
            }
            case 3 -> {
                int i = random.nextInt(lines.size());
                int j = random.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                return new Mutation("swap lines " + (i + 1) + " and " + (j + 1), join(lines), false);
            }
            case 4 -> {
                String other = others.get(random.nextInt(others.size()));
                List<String> tail = other.lines().toList();
                int keep = 1 + random.nextInt(lines.size());
                int from = 1 + random.nextInt(Math.max(1, tail.size() - 1));
                List<String> spliced = new ArrayList<>(lines.subList(0, keep));
                spliced.addAll(tail.subList(Math.min(from, tail.size()), tail.size()));
                return new Mutation(
                        "splice " + keep + " lines onto another format's lines from " + (from + 1),
                        join(spliced),
                        false);
            }
            default -> {
                int i = random.nextInt(lines.size());
                String[] tokens = lines.get(i).trim().split("\\s+");
                int k = random.nextInt(tokens.length);
                tokens[k] = BAD_TOKENS[random.nextInt(BAD_TOKENS.length)];
                lines.set(i, String.join(" ", tokens));
                return new Mutation("corrupt line " + (i + 1) + " token " + (k + 1), join(lines), false);
            }
        }
    }

    private static boolean isBlankOrComment(String line) {
        String t = line.trim();
        return t.isEmpty() || t.startsWith("%") || t.startsWith("#") || t.startsWith("c ") || t.equals("c");
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** The instances in a form that ignores the file name and hyperedge order. */
    private static String fingerprint(List<Instance> instances) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Instance instance : instances) {
            b.append(instance.format()).append('\n');
            if (instance.hypergraph() != null) {
                Hypergraph g = instance.hypergraph();
                List<String> edges = new ArrayList<>();
                for (int e = 0; e < g.numEdges(); e++) {
                    StringBuilder edge =
                            new StringBuilder().append(g.edgeWeight(e)).append(':');
                    for (int v : g.edgeVertices(e)) {
                        edge.append(g.vertexName(v)).append(',');
                    }
                    edges.add(edge.toString());
                }
                edges.sort(null);
                b.append(g.numVertices()).append(' ').append(edges).append('\n');
                for (int v = 0; v < g.numVertices(); v++) {
                    b.append(g.vertexWeight(v)).append(' ');
                }
            } else {
                StringWriter out = new StringWriter();
                PuboWriter.write(instance.problem(), out);
                b.append(out);
            }
        }
        return b.toString();
    }

    private static String fileName(Format format) {
        return switch (format) {
            case HMETIS -> "net.hgr";
            case DIMACS_CNF -> "formula.cnf";
            case DIMACS_WCNF -> "formula.wcnf";
            case PUBO -> "program.pubo";
            case RUDY -> "G99.txt";
            case HYPOP -> "Hyp_40_60.txt";
            case BIPNN -> "coauthor_graph.txt";
            case ORLIB_BQP -> "bqp9.txt";
            default -> "mknap9.txt";
        };
    }

    /** A real-looking file of {@code format}: a header or comment as the public files have, then random content. */
    static String generate(Format format, Random random) {
        StringBuilder b = new StringBuilder();
        switch (format) {
            case HMETIS -> {
                int n = 20;
                int m = 30;
                b.append("% generated, weighted hyperedges and vertices\n")
                        .append(m)
                        .append(' ')
                        .append(n)
                        .append(" 11\n");
                for (int e = 0; e < m; e++) {
                    b.append(1 + random.nextInt(9))
                            .append(' ')
                            .append(ids(random, n, 2 + random.nextInt(3)))
                            .append('\n');
                }
                for (int v = 0; v < n; v++) {
                    b.append(1 + random.nextInt(20)).append('\n');
                }
            }
            case HYPOP -> {
                int n = 40;
                int m = 60;
                b.append(n).append(' ').append(m).append('\n');
                for (int e = 0; e < m; e++) {
                    b.append(ids(random, n, e % 3 == 0 ? 2 : 3 + random.nextInt(3)))
                            .append('\n');
                }
            }
            case BIPNN -> {
                List<String> seen = new ArrayList<>();
                StringBuilder body = new StringBuilder();
                int m = 0;
                Set<String> edges = new HashSet<>();
                while (m < 45) {
                    String edge = ids(random, 35, 2 + random.nextInt(3));
                    int[] vs = Arrays.stream(edge.split(" "))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                    if (!edges.add(new IndexSet(vs).toString())) {
                        continue;
                    }
                    for (String t : edge.split(" ")) {
                        if (!seen.contains(t)) {
                            seen.add(t);
                        }
                    }
                    body.append('a').append(edge.replace(" ", " a")).append('\n');
                    m++;
                }
                b.append(m).append(' ').append(seen.size()).append('\n').append(body);
            }
            case RUDY -> {
                int n = 30;
                int m = 50;
                b.append(n).append(' ').append(m).append('\n');
                for (int e = 0; e < m; e++) {
                    int u = 1 + random.nextInt(n - 1);
                    int v = u + 1 + random.nextInt(n - u);
                    b.append(u)
                            .append(' ')
                            .append(v)
                            .append(' ')
                            .append(random.nextBoolean() ? 1 : -1)
                            .append('\n');
                }
            }
            case ORLIB_BQP -> {
                b.append(" 2\n");
                for (int k = 0; k < 2; k++) {
                    int n = 8;
                    int nnz = 12;
                    b.append(' ').append(n).append(' ').append(nnz).append('\n');
                    for (int t = 0; t < nnz; t++) {
                        b.append(' ')
                                .append(1 + random.nextInt(n))
                                .append(' ')
                                .append(1 + random.nextInt(n))
                                .append(' ')
                                .append(random.nextInt(41) - 20)
                                .append('\n');
                    }
                }
            }
            case ORLIB_MKNAP -> {
                b.append(" 2\n");
                for (int k = 0; k < 2; k++) {
                    int n = 6;
                    int m = 2;
                    b.append(' ').append(n).append(' ').append(m).append(" 0\n");
                    for (int j = 0; j < n; j++) {
                        b.append(' ').append(10 + random.nextInt(90));
                    }
                    b.append('\n');
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            b.append(' ').append(1 + random.nextInt(30));
                        }
                        b.append('\n');
                    }
                    b.append(' ')
                            .append(40 + random.nextInt(20))
                            .append(' ')
                            .append(40 + random.nextInt(20))
                            .append('\n');
                }
            }
            case DIMACS_CNF, DIMACS_WCNF -> {
                boolean weighted = format == Format.DIMACS_WCNF;
                int n = 12;
                int m = 30;
                b.append("c generated\np ")
                        .append(weighted ? "wcnf " : "cnf ")
                        .append(n)
                        .append(' ')
                        .append(m)
                        .append(weighted ? " 100\n" : "\n");
                for (int c = 0; c < m; c++) {
                    if (weighted) {
                        b.append(c % 7 == 0 ? 100 : 1 + random.nextInt(9)).append(' ');
                    }
                    for (String t : ids(random, n, 1 + random.nextInt(3)).split(" ")) {
                        b.append(random.nextBoolean() ? "-" : "").append(t).append(' ');
                    }
                    b.append("0\n");
                }
            }
            case PUBO -> {
                int n = 10;
                b.append("# generated\npubo maximize\nvars");
                for (int v = 1; v <= n; v++) {
                    b.append(" x").append(v);
                }
                b.append("\nobjective: 3");
                for (int t = 0; t < 14; t++) {
                    b.append(t % 5 == 4 ? "\nobjective: " : " ")
                            .append(random.nextBoolean() ? "+ " : "- ")
                            .append(1 + random.nextInt(9))
                            .append(' ')
                            .append(monomial(random, n));
                }
                b.append("\nconstraint cap: 2 x1 + 3 x2 + x5*x6 <= 4\nexactly-one pick: x3 x4 x7\n");
            }
            default -> throw new IllegalArgumentException("No generator for " + format);
        }
        return b.toString();
    }

    private static String monomial(Random random, int n) {
        StringBuilder b = new StringBuilder();
        int degree = 1 + random.nextInt(3);
        for (int k = 0; k < degree; k++) {
            b.append(k > 0 ? "*" : "")
                    .append(random.nextInt(4) == 0 ? "~" : "")
                    .append('x')
                    .append(1 + random.nextInt(n));
        }
        return b.toString();
    }

    /** {@code size} distinct 1-based ids in {@code 1..n}, space-separated. */
    private static String ids(Random random, int n, int size) {
        return String.join(
                " ",
                random.ints(1, n + 1)
                        .distinct()
                        .limit(size)
                        .mapToObj(Integer::toString)
                        .toList());
    }
}
