package io.hyperseed.core.eval;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Polynomial;

/**
 * {@link FlipGains} of a {@link ProblemScoreTracker}: per variable the hard gain (minus the change of the scaled
 * violation, choice groups counting {@code scale} per unit) and the soft gain ({@code sign} times the change of the
 * scaled objective), in a {@link GainHeap} ordered by (hard, soft, lower index first).
 *
 * <p>A flip of {@code v} marks {@code v} and every variable sharing an objective term or a constraint with it as
 * stale: {@code O(sum of the sizes of the terms and constraints containing v)}. Stale gains are recomputed from the
 * state on the next read, {@code O(deg(u) log n)} each (heap repair included). {@link #best} then costs
 * {@code O(k log k)} for {@code k} requested variables. Not thread-safe.
 */
final class ProblemFlipGains implements FlipGains {

    private final ProblemState state;
    private final long scale;
    private final int sign;
    private final int n;
    private final Polynomial objective;
    private final int[][] constraintVariables;
    private final boolean[] choice;
    private final boolean[] stale;
    private final int[] staleList;
    private int staleCount;
    private final GainHeap heap;
    private long computedHard;
    private long computedSoft;

    ProblemFlipGains(ProblemState state, long scale, int sign) {
        this.state = state;
        this.scale = scale;
        this.sign = sign;
        this.n = state.problem().numVariables();
        this.objective = state.problem().objective();
        int m = state.numConstraints();
        this.constraintVariables = new int[m][];
        this.choice = new boolean[m];
        for (int c = 0; c < m; c++) {
            constraintVariables[c] = state.constraint(c).variables();
            choice[c] = state.constraint(c) instanceof ChoiceConstraint;
        }
        this.stale = new boolean[n];
        this.staleList = new int[n];
        long[][] gains = computeAll();
        this.heap = new GainHeap(gains[0], gains[1], false);
    }

    /** Recomputes every gain and rebuilds the heap. {@code O(size + n)}. */
    void resetAll() {
        long[][] gains = computeAll();
        staleCount = 0;
        heap.resetAll(gains[0], gains[1]);
    }

    private long[][] computeAll() {
        long[] hard = new long[n];
        long[] soft = new long[n];
        for (int v = 0; v < n; v++) {
            stale[v] = false;
            compute(v);
            hard[v] = computedHard;
            soft[v] = computedSoft;
        }
        return new long[][] {hard, soft};
    }

    /** Called after {@code v} was flipped in the state. */
    void flipped(int v) {
        mark(v);
        int[] offsets = objective.incidenceOffsetArray();
        int[] incidence = objective.incidenceArray();
        int[] termOffsets = objective.termOffsetArray();
        int[] literals = objective.literalArray();
        for (int k = offsets[v]; k < offsets[v + 1]; k++) {
            int t = incidence[k] >>> 1;
            for (int j = termOffsets[t]; j < termOffsets[t + 1]; j++) {
                mark(literals[j] >>> 1);
            }
        }
        for (int k = state.constraintStart(v), end = state.constraintStart(v + 1); k < end; k++) {
            for (int u : constraintVariables[state.constraintAt(k)]) {
                mark(u);
            }
        }
    }

    private void mark(int u) {
        if (!stale[u]) {
            stale[u] = true;
            staleList[staleCount++] = u;
        }
    }

    private void flush() {
        for (int i = 0; i < staleCount; i++) {
            int u = staleList[i];
            stale[u] = false;
            compute(u);
            heap.update(u, computedHard, computedSoft);
        }
        staleCount = 0;
    }

    /** Sets {@link #computedHard} and {@link #computedSoft} to the gains of flipping {@code v}. */
    private void compute(int v) {
        computedSoft = sign * Math.round(state.objectiveDelta(v));
        double rows = 0.0;
        double groups = 0.0;
        for (int k = state.constraintStart(v), end = state.constraintStart(v + 1); k < end; k++) {
            int c = state.constraintAt(k);
            double change =
                    state.constraint(c).violationOfLhs(state.lhs(c) + state.lhsDelta(c, v)) - state.violation(c);
            if (choice[c]) {
                groups += change;
            } else {
                rows += change;
            }
        }
        computedHard = -(Math.round(rows) + Math.round(groups) * scale);
    }

    @Override
    public long hardGain(int v) {
        if (stale[v]) {
            flush();
        }
        return heap.key(v);
    }

    @Override
    public long softGain(int v) {
        if (stale[v]) {
            flush();
        }
        return heap.secondKey(v);
    }

    @Override
    public int best(int[] out) {
        flush();
        return heap.top(out);
    }
}
