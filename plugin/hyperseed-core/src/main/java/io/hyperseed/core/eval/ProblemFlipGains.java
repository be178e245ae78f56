package io.hyperseed.core.eval;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Polynomial;

/**
 * {@link FlipGains} of a {@link ProblemScoreTracker}: per variable the hard gain (minus the change of the scaled
 * violation, choice groups counting {@code scale} per unit) and the soft gain ({@code sign} times the change of the
 * scaled objective), with an indexed binary max-heap ordered by (hard, soft, lower index first).
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
    private final long[] hard;
    private final long[] soft;
    private final boolean[] stale;
    private final int[] staleList;
    private int staleCount;
    private final int[] heap;
    private final int[] position;
    private int[] candidates = new int[16];

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
        this.hard = new long[n];
        this.soft = new long[n];
        this.stale = new boolean[n];
        this.staleList = new int[n];
        this.heap = new int[n];
        this.position = new int[n];
        resetAll();
    }

    /** Recomputes every gain and rebuilds the heap. {@code O(size + n)}. */
    void resetAll() {
        for (int v = 0; v < n; v++) {
            stale[v] = false;
            compute(v);
            heap[v] = v;
            position[v] = v;
        }
        staleCount = 0;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
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
            long oldHard = hard[u];
            long oldSoft = soft[u];
            compute(u);
            if (hard[u] != oldHard || soft[u] != oldSoft) {
                int at = position[u];
                siftUp(at);
                siftDown(position[u]);
            }
        }
        staleCount = 0;
    }

    private void compute(int v) {
        soft[v] = sign * Math.round(state.objectiveDelta(v));
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
        hard[v] = -(Math.round(rows) + Math.round(groups) * scale);
    }

    @Override
    public long hardGain(int v) {
        if (stale[v]) {
            flush();
        }
        return hard[v];
    }

    @Override
    public long softGain(int v) {
        if (stale[v]) {
            flush();
        }
        return soft[v];
    }

    @Override
    public int best(int[] out) {
        flush();
        int k = Math.min(out.length, n);
        if (k == 0) {
            return 0;
        }
        // A second heap over heap positions: pop the best, push its two children. O(k log k).
        if (candidates.length < 2 * k + 2) {
            candidates = new int[2 * k + 2];
        }
        int size = 0;
        candidates[size++] = 0;
        int written = 0;
        while (written < k) {
            int top = candidates[0];
            candidates[0] = candidates[--size];
            candidateSiftDown(0, size);
            out[written++] = heap[top];
            for (int child = 2 * top + 1; child <= 2 * top + 2; child++) {
                if (child < n) {
                    candidates[size] = child;
                    candidateSiftUp(size++);
                }
            }
        }
        return written;
    }

    private boolean better(int a, int b) {
        if (hard[a] != hard[b]) {
            return hard[a] > hard[b];
        }
        if (soft[a] != soft[b]) {
            return soft[a] > soft[b];
        }
        return a < b;
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(v, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            position[heap[i]] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && better(heap[child + 1], heap[child])) {
                child++;
            }
            if (!better(heap[child], v)) {
                break;
            }
            heap[i] = heap[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void candidateSiftUp(int i) {
        int p = candidates[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(heap[p], heap[candidates[parent]])) {
                break;
            }
            candidates[i] = candidates[parent];
            i = parent;
        }
        candidates[i] = p;
    }

    private void candidateSiftDown(int i, int size) {
        if (size == 0) {
            return;
        }
        int p = candidates[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[candidates[child + 1]], heap[candidates[child]])) {
                child++;
            }
            if (!better(heap[candidates[child]], heap[p])) {
                break;
            }
            candidates[i] = candidates[child];
            i = child;
        }
        candidates[i] = p;
    }
}
