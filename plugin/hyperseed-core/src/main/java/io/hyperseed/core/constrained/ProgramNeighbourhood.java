package io.hyperseed.core.constrained;

import io.hyperseed.core.eval.ProblemState;
import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * The moves a local search over a constrained 0-1 program should try next, for a solver's move selector: it keeps
 * its own {@link ProblemState} in step with the solver's working solution ({@link #sync}) and offers
 * <ul>
 *   <li>{@link #rank ranked moves}: single flips and exchanges (flip a 1 and a 0 together: drop one item, add
 *       another; inside a choice group, the swap) sorted by the penalised gain {@code objective gain - w *
 *       violation increase}, where {@code w} is a {@link PenaltyWeight} that adapts each step (strategic
 *       oscillation), so a tabu search that takes the first admissible move crosses infeasible ground on purpose;
 *   <li>{@link #walk clause-directed flips} (WalkSAT, Selman, Kautz and Cohen 1994): pick an unsatisfied clause (a
 *       costly objective term that is on, or a violated constraint), then flip its variable with the smallest
 *       break (objective loss plus weighted violation increase), a break-free one when there is one, a random one
 *       with probability {@code noise}.
 * </ul>
 *
 * <p>Exchanges are evaluated exactly: additively for variables that occur only in degree-1 objective terms, linear
 * rows and choice groups (knapsack items), by a tentative flip otherwise. Only pairs that share a constraint are
 * offered; when there are more than {@code pairCandidates} ones or zeros, only that many of each with the best
 * single-flip scores are paired. Costs per {@link #rank}: {@code O(sum_v deg(v))} for the flips plus
 * {@code O(P^2 m_v)} for the pairs ({@code P} candidates per side, {@code m_v} constraints per variable). {@link #walk}:
 * {@code O(clause size * deg)}. {@link #sync}: {@code O(n)} plus {@code O(deg)} per changed variable. Randomness:
 * ties and the walk's choices come from the generator passed in. Not thread-safe.
 */
public final class ProgramNeighbourhood {

    /**
     * Settings.
     *
     * @param pairCandidates how many ones and how many zeros (each) may be paired into exchanges, {@code >= 0}
     * @param noise the walk's probability of a random variable of the picked clause, in {@code [0, 1]}
     * @param tenure the tabu tenure of ranked moves in steps; {@code 0} for automatic: 6 with constraints,
     *     {@code max(10, n / 13)} without (measured on OR-Library mknapcb1/4 and bqp250, docs/results/programs.md)
     * @param walkTenure the tabu tenure of walk flips (WalkSAT/TABU), {@code >= 0}
     */
    public record Settings(int pairCandidates, double noise, int tenure, int walkTenure) {

        public Settings {
            if (pairCandidates < 0) {
                throw new IllegalArgumentException("The number of pair candidates (" + pairCandidates
                        + ") is negative. Maybe use 0 to offer no exchanges?");
            }
            if (!(noise >= 0 && noise <= 1)) {
                throw new IllegalArgumentException("The walk noise (" + noise + ") is outside [0, 1].");
            }
            if (tenure < 0 || walkTenure < 0) {
                throw new IllegalArgumentException("The tabu tenures (" + tenure + ", " + walkTenure
                        + ") must not be negative. Maybe use 0 for the automatic tenure?");
            }
        }

        /** Defaults: 60 pair candidates per side, noise 0.35, automatic tenure, walk tenure 3. */
        public static Settings defaults() {
            return new Settings(60, 0.35, 0, 3);
        }
    }

    private final PuboProblem problem;
    private final ProblemState state;
    private final PenaltyWeight penalty;
    private final Settings settings;
    private final int sign;
    private final int n;
    private final boolean[] additive;
    private final int[][] constraintVariables;
    private final boolean clauseShaped;
    private final Polynomial objective;
    // per position k of the state's per-variable constraint lists: what setting the variable to 1 adds to the
    // constraint's left-hand side (meaningful for additive variables only)
    private final double[] linearCoefficient;
    // scratch
    private final double[] flipScore;
    private final double[] lhsChange;
    private final int[] touchCount;
    private final int[] touched;
    private final int[] ones;
    private final int[] zeros;
    private double[] topScore = new double[0];
    private int[] topFirst = new int[0];
    private int[] topSecond = new int[0];
    private long[] topKey = new long[0];
    private double[] topObjective = new double[0];
    private double[] topViolation = new double[0];
    // tabu bookkeeping: variables changed by the solver since the last sync become tabu until tabuUntil
    private final long[] tabuUntil;
    private final int tenure;
    private long step;
    private double bestFeasible = Double.NEGATIVE_INFINITY;
    private boolean walking;
    private double lastObjective;
    private double lastViolation;

    /** A neighbourhood of {@code problem}, starting at all-false. {@code O(size)}. */
    public ProgramNeighbourhood(PuboProblem problem, PenaltyWeight penalty, Settings settings) {
        this.problem = problem;
        this.penalty = Objects.requireNonNull(penalty, "penalty");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.n = problem.numVariables();
        this.sign = problem.sense().sign();
        this.objective = problem.objective();
        this.state = new ProblemState(problem, new boolean[n]);
        this.state.trackCostlyTerms();
        int m = state.numConstraints();
        this.constraintVariables = new int[m][];
        for (int c = 0; c < m; c++) {
            constraintVariables[c] = state.constraint(c).variables();
        }
        this.additive = additiveVariables(problem);
        this.linearCoefficient = linearCoefficients();
        this.clauseShaped = isClauseShaped(problem);
        this.walking = clauseShaped;
        this.flipScore = new double[n];
        this.lhsChange = new double[m];
        this.touchCount = new int[m];
        this.touched = new int[m];
        this.ones = new int[n];
        this.zeros = new int[n];
        this.tabuUntil = new long[n];
        this.tenure = settings.tenure() > 0
                ? settings.tenure()
                : problem.isConstrained() ? 6 : Math.max(10, Math.round(n / 13.0f));
    }

    /**
     * The initial penalty weight for a problem: the mean absolute objective coefficient over the mean absolute
     * constraint coefficient (choice groups count 1 per member), so one unit of violation costs about what one
     * typical term is worth; 1 without constraints. {@code O(size)}.
     */
    public static double initialWeight(PuboProblem problem) {
        double objectiveSum = 0;
        int objectiveCount = 0;
        Polynomial p = problem.objective();
        for (int t = 0; t < p.numTerms(); t++) {
            objectiveSum += Math.abs(p.coefficient(t));
            objectiveCount++;
        }
        double constraintSum = 0;
        int constraintCount = 0;
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint pc) {
                for (int t = 0; t < pc.lhs().numTerms(); t++) {
                    constraintSum += Math.abs(pc.lhs().coefficient(t));
                    constraintCount++;
                }
            } else {
                constraintSum += ((ChoiceConstraint) c).size();
                constraintCount += ((ChoiceConstraint) c).size();
            }
        }
        if (objectiveCount == 0 || constraintCount == 0 || objectiveSum == 0 || constraintSum == 0) {
            return 1.0;
        }
        return (objectiveSum / objectiveCount) / (constraintSum / constraintCount);
    }

    /**
     * True when the problem is MAX-SAT shaped: every objective term costs (its coefficient times the sense sign is
     * negative: an unsatisfied clause) and every constraint is a single-term {@code <=} row with positive coefficient
     * and right-hand side 0 (a hard clause).
     */
    public static boolean isClauseShaped(PuboProblem problem) {
        Polynomial p = problem.objective();
        if (p.numTerms() == 0) {
            return false;
        }
        int sign = problem.sense().sign();
        for (int t = 0; t < p.numTerms(); t++) {
            if (sign * p.coefficient(t) >= 0) {
                return false;
            }
        }
        for (Constraint c : problem.constraints()) {
            if (!(c instanceof PolynomialConstraint pc)
                    || pc.lhs().numTerms() != 1
                    || pc.lhs().coefficient(0) <= 0
                    || pc.rhs() != 0
                    || pc.relation() != Relation.LESS_OR_EQUAL) {
                return false;
            }
        }
        return true;
    }

    private double[] linearCoefficients() {
        double[] coefficients = new double[state.constraintStart(n)];
        for (int v = 0; v < n; v++) {
            if (!additive[v]) {
                continue;
            }
            for (int k = state.constraintStart(v); k < state.constraintStart(v + 1); k++) {
                Constraint c = state.constraint(state.constraintAt(k));
                if (c instanceof PolynomialConstraint pc) {
                    Polynomial lhs = pc.lhs();
                    int[] offsets = lhs.incidenceOffsetArray();
                    int[] incidence = lhs.incidenceArray();
                    double e = 0.0;
                    for (int q = offsets[v]; q < offsets[v + 1]; q++) {
                        double a = lhs.coefficient(incidence[q] >>> 1);
                        e += (incidence[q] & 1) == 0 ? a : -a;
                    }
                    coefficients[k] = e;
                } else {
                    coefficients[k] = 1.0;
                }
            }
        }
        return coefficients;
    }

    private static boolean[] additiveVariables(PuboProblem problem) {
        int n = problem.numVariables();
        boolean[] additive = new boolean[n];
        Arrays.fill(additive, true);
        markNonlinear(problem.objective(), additive);
        for (Constraint c : problem.constraints()) {
            if (c instanceof PolynomialConstraint pc) {
                markNonlinear(pc.lhs(), additive);
            }
        }
        return additive;
    }

    private static void markNonlinear(Polynomial p, boolean[] additive) {
        for (int t = 0; t < p.numTerms(); t++) {
            if (p.degree(t) > 1) {
                for (int literal : p.termLiterals(t)) {
                    additive[literal >>> 1] = false;
                }
            }
        }
    }

    /** The problem. */
    public PuboProblem problem() {
        return problem;
    }

    /** True when {@link #isClauseShaped} holds for the problem (then {@link #walk} is the natural move). */
    public boolean clauseShaped() {
        return clauseShaped;
    }

    /** Says whether the search uses {@link #walk} (walk tenure) or {@link #rank} (ranked tenure); default: clause-shaped. */
    public void useWalk(boolean walk) {
        this.walking = walk;
    }

    /** The penalty weight. */
    public PenaltyWeight penalty() {
        return penalty;
    }

    /** The state this neighbourhood reads (in step with the solver after {@link #sync}). */
    public ProblemState state() {
        return state;
    }

    /**
     * Brings the state to the solver's values ({@code valueOf.test(v)} = value of {@code v}) and starts a step:
     * variables that changed since the last call become tabu (for the tenure, or the walk tenure when walking),
     * and a feasible state better than any seen so far becomes the aspiration level. {@code random} is reserved for
     * randomised tenures.
     */
    public void sync(IntPredicate valueOf, RandomGenerator random) {
        step++;
        boolean walkTenure = walking;
        for (int v = 0; v < n; v++) {
            if (valueOf.test(v) != state.get(v)) {
                state.flip(v);
                tabuUntil[v] = step + (walkTenure ? settings.walkTenure() : tenure);
            }
        }
        if (state.isFeasible()) {
            bestFeasible = Math.max(bestFeasible, sign * state.objective());
        }
    }

    /** True when {@code v} is tabu in the current step. */
    public boolean isTabu(int v) {
        return tabuUntil[v] > step;
    }

    /** True when a move with this objective change and violation change would give a new best feasible state. */
    private boolean aspires(double objectiveChange, double violationChange) {
        return state.violation() + violationChange <= 1e-9
                && sign * (state.objective() + objectiveChange)
                        > bestFeasible + 1e-9 * Math.max(1.0, Math.abs(bestFeasible));
    }

    /** The penalised score of flipping {@code v} with weight {@code w}. {@code O(deg(v))}. */
    private double flipScore(int v, double w) {
        lastObjective = state.objectiveDelta(v);
        lastViolation = state.violationDelta(v);
        return sign * lastObjective - w * lastViolation;
    }

    /**
     * Adapts the penalty weight to the current state (one call per search step), takes the {@code first.length}
     * best moves by penalised score (the candidate list, tabu or not), drops the tabu ones that do not aspire, and
     * writes the rest, best first, into {@code first}/{@code second} ({@code second[k] = -1} for a single flip of
     * {@code first[k]}, else an exchange of the two). Returns how many it wrote: 0 when every candidate is tabu,
     * and then the caller should make a random flip (a kick that diversifies). Equal scores are ordered at random.
     */
    public int rank(RandomGenerator random, int[] first, int[] second) {
        double w = penalty.update(state.isFeasible());
        int limit = Math.min(first.length, second.length);
        if (topScore.length < limit) {
            topScore = new double[limit];
            topFirst = new int[limit];
            topSecond = new int[limit];
            topKey = new long[limit];
            topObjective = new double[limit];
            topViolation = new double[limit];
        }
        int size = 0;
        int oneCount = 0;
        int zeroCount = 0;
        for (int v = 0; v < n; v++) {
            double s = flipScore(v, w);
            flipScore[v] = s;
            size = offer(size, limit, s, random.nextLong(), v, -1);
            if (state.get(v)) {
                ones[oneCount++] = v;
            } else {
                zeros[zeroCount++] = v;
            }
        }
        if (state.numConstraints() > 0 && settings.pairCandidates() > 0) {
            oneCount = keepBest(ones, oneCount, settings.pairCandidates());
            zeroCount = keepBest(zeros, zeroCount, settings.pairCandidates());
            for (int a = 0; a < oneCount; a++) {
                int i = ones[a];
                for (int b = 0; b < zeroCount; b++) {
                    int j = zeros[b];
                    double s = pairScore(i, j, w);
                    if (!Double.isNaN(s)) {
                        size = offer(size, limit, s, random.nextLong(), i, j);
                    }
                }
            }
        }
        // the candidate list: the best moves, tabu or not; tabu ones stay only when they aspire
        int written = 0;
        for (int k = 0; k < size; k++) {
            boolean tabu = isTabu(topFirst[k]) || (topSecond[k] >= 0 && isTabu(topSecond[k]));
            if (!tabu || aspires(topObjective[k], topViolation[k])) {
                first[written] = topFirst[k];
                second[written] = topSecond[k];
                topScore[written] = topScore[k];
                written++;
            }
        }
        return written;
    }

    /** The penalised score of the {@code k}-th move of the last {@link #rank} call. */
    public double rankedScore(int k) {
        return topScore[k];
    }

    /** Inserts a move into the sorted top list (descending score, then key); returns the new size. */
    private int offer(int size, int limit, double score, long key, int a, int b) {
        if (size == limit && !better(score, key, topScore[size - 1], topKey[size - 1])) {
            return size;
        }
        int at = size == limit ? size - 1 : size;
        while (at > 0 && better(score, key, topScore[at - 1], topKey[at - 1])) {
            topScore[at] = topScore[at - 1];
            topKey[at] = topKey[at - 1];
            topFirst[at] = topFirst[at - 1];
            topSecond[at] = topSecond[at - 1];
            topObjective[at] = topObjective[at - 1];
            topViolation[at] = topViolation[at - 1];
            at--;
        }
        topObjective[at] = lastObjective;
        topViolation[at] = lastViolation;
        topScore[at] = score;
        topKey[at] = key;
        topFirst[at] = a;
        topSecond[at] = b;
        return size == limit ? size : size + 1;
    }

    private static boolean better(double score, long key, double otherScore, long otherKey) {
        return score > otherScore || (score == otherScore && key > otherKey);
    }

    /** Keeps the {@code keep} entries with the largest flip scores at the front; returns the new count. */
    private int keepBest(int[] list, int count, int keep) {
        if (count <= keep) {
            return count;
        }
        // partial selection sort: keep is small next to the cost of pairing.
        for (int a = 0; a < keep; a++) {
            int best = a;
            for (int b = a + 1; b < count; b++) {
                if (flipScore[list[b]] > flipScore[list[best]]) {
                    best = b;
                }
            }
            int swap = list[a];
            list[a] = list[best];
            list[best] = swap;
        }
        return keep;
    }

    /** The penalised score of flipping both {@code i} and {@code j}; NaN when they share no constraint. */
    private double pairScore(int i, int j, double w) {
        int touchedCount = 0;
        boolean shared = false;
        for (int k = state.constraintStart(i), end = state.constraintStart(i + 1); k < end; k++) {
            int c = state.constraintAt(k);
            touchCount[c] = 1;
            touched[touchedCount++] = c;
        }
        for (int k = state.constraintStart(j), end = state.constraintStart(j + 1); k < end; k++) {
            if (touchCount[state.constraintAt(k)] == 1) {
                shared = true;
                break;
            }
        }
        if (!shared) {
            for (int k = 0; k < touchedCount; k++) {
                touchCount[touched[k]] = 0;
            }
            return Double.NaN;
        }
        double score;
        if (additive[i] && additive[j]) {
            // i is 1 (dropped), j is 0 (added), or the other way round: signs from the current values
            double si = state.get(i) ? -1.0 : 1.0;
            double sj = state.get(j) ? -1.0 : 1.0;
            for (int k = state.constraintStart(i), end = state.constraintStart(i + 1); k < end; k++) {
                lhsChange[state.constraintAt(k)] = si * linearCoefficient[k];
            }
            for (int k = state.constraintStart(j), end = state.constraintStart(j + 1); k < end; k++) {
                int c = state.constraintAt(k);
                if (touchCount[c] == 0) {
                    touchCount[c] = 1;
                    touched[touchedCount++] = c;
                    lhsChange[c] = 0.0;
                }
                lhsChange[c] += sj * linearCoefficient[k];
            }
            double violation = 0.0;
            for (int k = 0; k < touchedCount; k++) {
                int c = touched[k];
                violation += state.constraint(c).violationOfLhs(state.lhs(c) + lhsChange[c]) - state.violation(c);
            }
            lastObjective = state.objectiveDelta(i) + state.objectiveDelta(j);
            lastViolation = violation;
            score = sign * lastObjective - w * violation;
        } else {
            double objectiveI = state.objectiveDelta(i);
            double violationI = state.violationDelta(i);
            state.flip(i);
            score = flipScore[i] + flipScore(j, w);
            state.flip(i);
            lastObjective += objectiveI;
            lastViolation += violationI;
        }
        for (int k = 0; k < touchedCount; k++) {
            touchCount[touched[k]] = 0;
        }
        return score;
    }

    /**
     * A clause-directed flip: the variable to flip for a randomly picked unsatisfied clause (costly term that is on,
     * or violated constraint), or {@code -1} when there is none. For a violated constraint only variables whose flip
     * reduces its violation are candidates. Variables flipped within the walk tenure are skipped unless every
     * candidate is. Does not adapt the penalty weight.
     */
    public int walk(RandomGenerator random) {
        int violatedCount = state.violatedCount();
        int costlyCount = state.costlyCount();
        if (violatedCount + costlyCount == 0) {
            return -1;
        }
        int r = random.nextInt(violatedCount + costlyCount);
        int count = 0;
        if (r < violatedCount) {
            int c = state.violatedConstraint(r);
            for (int v : constraintVariables[c]) {
                if (state.constraint(c).violationOfLhs(state.lhs(c) + state.lhsDelta(c, v)) < state.violation(c)) {
                    ones[count++] = v;
                }
            }
        } else {
            int t = state.costlyTerm(r - violatedCount);
            int[] offsets = objective.termOffsetArray();
            int[] literals = objective.literalArray();
            for (int k = offsets[t]; k < offsets[t + 1]; k++) {
                ones[count++] = literals[k] >>> 1;
            }
        }
        int admissible = 0;
        for (int k = 0; k < count; k++) {
            if (!isTabu(ones[k])) {
                ones[admissible++] = ones[k];
            }
        }
        if (admissible > 0) {
            count = admissible;
        }
        if (count == 0) {
            return -1;
        }
        double w = penalty.weight();
        int best = -1;
        double bestBreak = Double.POSITIVE_INFINITY;
        int ties = 0;
        for (int k = 0; k < count; k++) {
            int v = ones[k];
            double breaks = state.objectiveLoss(v) + w * state.violationIncrease(v);
            if (breaks < bestBreak) {
                bestBreak = breaks;
                best = v;
                ties = 1;
            } else if (breaks == bestBreak && random.nextInt(++ties) == 0) {
                best = v;
            }
        }
        if (bestBreak > 0 && random.nextDouble() < settings.noise()) {
            return ones[random.nextInt(count)];
        }
        return best;
    }
}
