package io.hyperseed.cli.solve;

import io.hyperseed.core.eval.ScoreBound;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.report.Numbers;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The end-of-solve summary: objective, feasibility, time in each phase, what the seeding phase gave and the gap
 * to a best-known value when one is given. One {@code label value} line each, so it greps well.
 *
 * @param instance the instance solved
 * @param options what ran
 * @param result the outcome
 * @param bestKnown a reference objective, or NaN
 * @param interrupted true when Ctrl-C stopped the solve early
 */
public record SolveSummary(
        Instance instance, SolveOptions options, SolveResult result, double bestKnown, boolean interrupted) {

    public SolveSummary {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(result, "result");
    }

    /** Prints the summary. */
    public void print(PrintWriter out) {
        Solution best = result.solution();
        boolean maximize = instance.problem().sense() == Sense.MAXIMIZE;
        line(
                out,
                "instance",
                instance.name() + " (" + instance.format().id() + ", "
                        + instance.problem().numVariables() + " variables"
                        + instance.maxCutHypergraph()
                                .map(g -> ", " + g.numEdges() + " hyperedges")
                                .orElse("")
                        + (instance.problem().isConstrained()
                                ? ", " + instance.problem().constraints().size() + " constraints"
                                : "")
                        + ")");
        line(
                out,
                "run",
                result.framework() + " / " + result.config() + ", seed " + options.randomSeed() + ", budget "
                        + Numbers.seconds(options.timeLimit()) + ", device " + options.device());
        if (interrupted) {
            line(out, "stopped", "interrupted (Ctrl-C): best so far below");
        }
        if (!interrupted && result.seed() == null && result.bestOverTime().isEmpty()) {
            line(
                    out,
                    "warning",
                    "the budget ended before any phase produced a solution: below is the unassigned start (every "
                            + "variable false), not a solved result. Setting up this instance took about "
                            + Numbers.seconds(result.totalTime()) + "; give a budget well above that.");
        }
        line(out, "objective", Numbers.objective(best.objective()) + (maximize ? " (maximise)" : " (minimise)"));
        line(out, "feasible", best.isFeasible() ? "yes" : "no (violation " + Numbers.objective(best.violation()) + ")");
        if (best.isFeasible() && ScoreBound.reached(best.objective(), instance.problem(), instance.hypergraph())) {
            line(out, "optimal", "proven (no assignment can score higher), so the solve stopped there");
        }
        String format = instance.format().id();
        if (format.equals("cnf") || format.equals("wcnf")) {
            line(out, "clauses", unsatisfiedClauses(instance.problem(), best.values()));
        }
        Seed seed = result.seed();
        if (seed != null) {
            line(
                    out,
                    "seed",
                    Numbers.objective(seed.solution().objective())
                            + (seed.solution().isFeasible()
                                    ? ""
                                    : " (violation "
                                            + Numbers.objective(seed.solution().violation()) + ")")
                            + " from " + seed.producer() + " in " + Numbers.seconds(seed.elapsed()) + details(seed));
        }
        Duration search = result.totalTime().minus(result.seedTime());
        line(
                out,
                "time",
                "seeding " + Numbers.seconds(result.seedTime()) + ", search "
                        + Numbers.seconds(search.isNegative() ? Duration.ZERO : search) + ", total "
                        + Numbers.seconds(result.totalTime()));
        if (!result.bestOverTime().isEmpty()) {
            Duration last = result.bestOverTime().getLast().elapsed();
            line(
                    out,
                    "improved",
                    "last at " + Numbers.seconds(last)
                            + (options.stopsWhenUnimproved()
                                            && result.totalTime().compareTo(options.timeLimit()) < 0
                                    ? " (stopped after " + Numbers.seconds(options.unimprovedTimeLimit())
                                            + " without improvement)"
                                    : ""));
        }
        if (result.moveEvaluationSpeed() > 0) {
            line(out, "moves/s", Long.toString(result.moveEvaluationSpeed()));
        }
        if (!Double.isNaN(bestKnown)) {
            line(
                    out,
                    "gap",
                    Numbers.percent(Numbers.gapPercent(best.objective(), bestKnown, maximize)) + " to best known "
                            + Numbers.objective(bestKnown));
        }
        out.flush();
    }

    /**
     * How many clauses a MAX-SAT assignment leaves unsatisfied: soft clauses are the objective's product terms that
     * are on (the reader writes each soft clause as {@code w - w * prod(unsat literals)}), hard clauses the violated
     * constraints. Identical clauses were merged by the reader and count once. {@code O(size)}.
     */
    static String unsatisfiedClauses(PuboProblem problem, boolean[] x) {
        Polynomial objective = problem.objective();
        int sign = problem.sense().sign();
        int soft = 0;
        int unsatisfied = 0;
        double weight = 0;
        for (int t = 0; t < objective.numTerms(); t++) {
            if (sign * objective.coefficient(t) < 0) {
                soft++;
                if (objective.termTrue(t, x)) {
                    unsatisfied++;
                    weight -= sign * objective.coefficient(t);
                }
            }
        }
        int hard = problem.constraints().size();
        int violatedHard = 0;
        for (Constraint c : problem.constraints()) {
            if (c.violation(x) > 0) {
                violatedHard++;
            }
        }
        return unsatisfied + " of " + soft + " soft unsatisfied (weight " + Numbers.objective(weight) + ")"
                + (hard > 0 ? ", " + violatedHard + " of " + hard + " hard unsatisfied" : "");
    }

    /** The seed's details as {@code (k v, ...)}, sorted by name, numbers shortened. */
    private static String details(Seed seed) {
        if (seed.details().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(seed.details())
                .forEach((k, v) -> sb.append(sb.isEmpty() ? " (" : ", ")
                        .append(k)
                        .append(' ')
                        .append(v instanceof Number n ? Numbers.objective(n.doubleValue()) : v));
        return sb.append(')').toString();
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-12s %s%n", label, value);
    }
}
