package io.hyperseed.cli.info;

import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.search.AnnealingTemperature;
import io.hyperseed.core.solve.CutKernel;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * What {@code hyperseed info} prints about an instance: variables, terms and constraints of the PUBO and, for
 * max-cut, vertex degrees, hyperedge sizes and the term counts of the compact and the expanded max-cut forms.
 * The expanded form is only built when it stays below {@link #EXPANDED_TERM_LIMIT} terms (its size is
 * {@code sum 2^|e|}); otherwise the count is estimated. Last, the loss unit of simulated annealing
 * ({@link AnnealingTemperature}, on the exact kernel that a solve uses; reduction and unit together at most
 * {@link #UNIT_TIME_LIMIT}). {@code O(n + m + pins)} plus the compact
 * build and the greedy local search of the unit.
 */
public final class InstanceInfo {

    /** The longest {@code info} spends measuring the loss unit. */
    public static final Duration UNIT_TIME_LIMIT = Duration.ofSeconds(2);

    /** Above this many (estimated) terms the expanded form is not built, only estimated. */
    public static final long EXPANDED_TERM_LIMIT = 2_000_000L;

    private InstanceInfo() {}

    /** Prints the report. */
    public static void print(Instance instance, PrintWriter out) {
        PuboProblem problem = instance.problem();
        Polynomial objective = problem.objective();
        line(out, "instance", instance.name() + " (" + instance.source() + ")");
        line(out, "format", instance.format().id());
        line(
                out,
                "problem",
                (instance.isMaxCut() ? "max-cut, " : "")
                        + problem.sense().name().toLowerCase(Locale.ROOT) + ", " + problem.numVariables()
                        + " variables");
        line(
                out,
                "objective",
                objective.numTerms() + " terms, " + objective.numLiterals() + " literals, degree "
                        + objective.maxDegree());
        if (problem.isConstrained()) {
            Map<String, Integer> kinds = new TreeMap<>();
            for (Constraint c : problem.constraints()) {
                String kind = c instanceof ChoiceConstraint choice
                        ? choice.kind().name().toLowerCase(Locale.ROOT)
                        : "polynomial";
                kinds.merge(kind, 1, Integer::sum);
            }
            line(out, "constraints", problem.constraints().size() + " " + kinds);
        }
        instance.maxCutHypergraph().ifPresent(g -> printHypergraph(g, instance.name(), out));
        long deadline = System.nanoTime() + UNIT_TIME_LIMIT.toNanos();
        BooleanSupplier late = () -> System.nanoTime() - deadline > 0;
        OptionalLong unit =
                AnnealingTemperature.unit(CutKernel.of(instance, true, late).solved(), late);
        line(
                out,
                "loss unit",
                unit.isPresent()
                        ? unit.getAsLong()
                                + " (score units; the shipped simulated annealing temperatures are multiplied"
                                + " by it)"
                        : "not measured within " + UNIT_TIME_LIMIT.toSeconds() + " s (a solve measures it within 5 % "
                                + "of its budget)");
        out.flush();
    }

    private static void printHypergraph(Hypergraph g, String name, PrintWriter out) {
        line(out, "vertices", Integer.toString(g.numVertices()));
        line(
                out,
                "hyperedges",
                g.numEdges() + " (" + g.numPins() + " pins, "
                        + (g.isUnitWeighted() ? "unit weights" : "total weight " + g.totalEdgeWeight()) + ", "
                        + (g.isGraph() ? "a graph" : "a hypergraph") + ")");
        line(out, "degree", Statistics.of(g.numVertices(), g::vertexDegree).toString());
        line(out, "edge size", Statistics.of(g.numEdges(), g::edgeSize) + "; " + sizeHistogram(g));
        Polynomial compact = MaxCut.compact(g, name).objective();
        line(out, "compact", compact.numTerms() + " terms, " + compact.numLiterals() + " literals");
        long estimate = expandedTermEstimate(g);
        if (estimate <= EXPANDED_TERM_LIMIT) {
            Polynomial expanded = MaxCut.expanded(g, name).objective();
            line(out, "expanded", expanded.numTerms() + " terms, " + expanded.numLiterals() + " literals");
        } else {
            line(
                    out,
                    "expanded",
                    "not built: about " + (estimate == Long.MAX_VALUE ? "more than 2^62" : estimate)
                            + " terms (sum of 2^|e|); use the compact form");
        }
    }

    /** {@code sum over hyperedges of size >= 2 of 2^|e|}, saturating at {@link Long#MAX_VALUE}. */
    static long expandedTermEstimate(Hypergraph g) {
        long total = 0;
        for (int e = 0; e < g.numEdges(); e++) {
            int size = g.edgeSize(e);
            if (size < 2) {
                continue;
            }
            if (size >= 62 || total > Long.MAX_VALUE - (1L << size)) {
                return Long.MAX_VALUE;
            }
            total += 1L << size;
        }
        return total;
    }

    private static String sizeHistogram(Hypergraph g) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int e = 0; e < g.numEdges(); e++) {
            int size = g.edgeSize(e);
            int bucket = size <= 4 ? size : Integer.highestOneBit(size - 1) * 2;
            counts.merge(bucket, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder("sizes");
        counts.forEach((bucket, count) -> sb.append(' ')
                .append(bucket <= 4 ? Integer.toString(bucket) : "<=" + bucket)
                .append(':')
                .append(count));
        return sb.toString();
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-12s %s%n", label, value);
    }
}
