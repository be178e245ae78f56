package io.hyperseed.core.reduce;

import io.hyperseed.core.model.Hypergraph;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Exact reductions for (hyper)graph max-cut with real weights of any sign, applied to a fixed point. The rules,
 * each exact for every assignment of the rest (not only for optimal ones):
 * <ul>
 *   <li><b>dropped hyperedges</b>: a hyperedge of size 1 is never cut and one of weight 0 never counts;</li>
 *   <li><b>merged hyperedges</b>: hyperedges over the same vertex set become one with the summed weight (dropped
 *       when that sum is 0);</li>
 *   <li><b>isolated</b> vertex (in no hyperedge): removed, side {@code false};</li>
 *   <li><b>dominated</b> vertex {@code v}: all its hyperedges have weights of one sign and share another vertex
 *       {@code u}. Positive: {@code v} opposite to {@code u} cuts every one of them, the most they can give, so
 *       they are removed and their weight goes to the offset. Negative: {@code v} on {@code u}'s side makes each
 *       hyperedge {@code e} cut exactly when {@code e \ v} is, the least they can cost, so {@code v} is removed from
 *       each. A vertex of degree 1 is the common case (for a graph: the edge is always cut when its weight is
 *       positive and never cut when negative); on hypergraphs this also removes every hyperedge with a positive
 *       weight that holds a vertex in no other hyperedge;</li>
 *   <li><b>series</b> vertex {@code v} of degree 2 whose two hyperedges are edges {@code v-a} (weight
 *       {@code w1}) and {@code v-b} ({@code w2}), {@code a != b}: its best contribution is {@code max(0, w1 + w2)}
 *       when {@code a} and {@code b} are on one side and {@code max(w1, w2)} otherwise, i.e. the constant
 *       {@code c = max(0, w1 + w2)} plus an edge {@code a-b} of weight {@code max(w1, w2) - c} (for positive
 *       weights: {@code w1 + w2} plus an edge of weight {@code -min(w1, w2)}), merged with an existing
 *       {@code a-b} edge.</li>
 * </ul>
 * Every vertex whose degree or hyperedges change is queued again, so the rules run to a fixed point. Cost: each
 * rule application is {@code O(pins it touches)} plus hash look-ups; the dominated test is skipped for vertices
 * whose hyperedges hold more than {@link #DOMINATION_PIN_LIMIT} pins in all, and a vertex of degree above half
 * that limit is not even scanned (no rule applies to it), so the whole run is near-linear: {@code O(P * limit)} in
 * the worst case and {@code O(P)} on the benchmark sets. Deterministic.
 *
 * <p>The kernel keeps vertex names but not vertex weights (max-cut does not use them).
 */
public final class CutReducer {

    /** The most pins (over all of a vertex's hyperedges) the dominated-vertex test looks at. */
    public static final int DOMINATION_PIN_LIMIT = 256;

    private CutReducer() {}

    /** How many edges or vertices a loop handles between two looks at the stop signal. */
    private static final int STOP_CHECK_INTERVAL = 4096;

    /** The kernel of {@code graph} and the way back. {@code O(P)} on typical inputs (see the class comment). */
    public static CutReduction reduce(Hypergraph graph) {
        return new Run(graph, () -> false, null).run();
    }

    /**
     * The kernel of {@code graph} and the way back, or null when {@code stop} said so before the reduction was
     * complete (it looks every {@value #STOP_CHECK_INTERVAL} edges or vertices); a partial reduction is never
     * returned.
     */
    public static CutReduction reduce(Hypergraph graph, BooleanSupplier stop) {
        return new Run(graph, stop, null).run();
    }

    /**
     * As {@link #reduce(Hypergraph, BooleanSupplier)}, and also null as soon as the reduction and the kernel's
     * PUBO are not expected to be done within {@code timeLeft} (from this call). The expectation is
     * {@value #TOTAL_PER_FIRST_PASS} times the first pass (the hyperedge index), projected from its rate once a
     * quarter of the hyperedges is indexed (graphs with at least 65536 hyperedges): on a machine where the reduction cannot pay for itself
     * in time it gives up after a few percent of its work instead of at the deadline.
     */
    public static CutReduction reduce(Hypergraph graph, BooleanSupplier stop, Duration timeLeft) {
        return new Run(graph, stop, timeLeft).run();
    }

    /**
     * The whole reduction plus the kernel's PUBO ({@code MaxCut.compact}) as a multiple of the first pass, the
     * lower end of what was measured: 3.5-4 at 10^5 vertices and 4.5-5.5 at 10^6 (generated hypergraphs with
     * 1.5 hyperedges per vertex; docs/results.md, fifth session).
     */
    public static final int TOTAL_PER_FIRST_PASS = 4;

    /** The fewest indexed hyperedges a projection of the reduction's cost is made from. */
    static final int PROJECTION_MIN_EDGES = 1 << 16;

    /** The state of one reduction. */
    private static final class Run {

        private final Hypergraph graph;
        private final BooleanSupplier stop;
        private final int n;
        private final long startNanos = System.nanoTime();
        private final long timeLeftNanos;
        private long checkpointDone;
        private long checkpointNanos;

        private int[][] members = new int[16][];
        private double[] weights = new double[16];
        private boolean[] alive = new boolean[16];
        private int numEdgeSlots;
        private final EdgeIndex byVertexSet = new EdgeIndex();

        private final int[][] incidence;
        private final int[] incidenceSize;
        private final int[] degree;
        private final boolean[] removed;

        private final int[] queue;
        private final boolean[] queued;
        private int head;
        private int queueSize;

        private byte[] kinds = new byte[16];
        private int[] vertices = new int[16];
        private int[] firsts = new int[16];
        private int[] seconds = new int[16];
        private double[] firstWeights = new double[16];
        private double[] secondWeights = new double[16];
        private int numRecords;
        private double offset;

        private final int[] mark;
        private final int[] count;
        private int stamp;

        private int isolated;
        private int degreeOneCut;
        private int degreeOneJoin;
        private int dominated;
        private int series;
        private int merged;
        private int dropped;

        Run(Hypergraph graph, BooleanSupplier stop, Duration timeLeft) {
            this.graph = graph;
            this.stop = stop;
            this.timeLeftNanos = timeLeft == null ? Long.MAX_VALUE : Math.max(0L, timeLeft.toNanos());
            this.n = graph.numVertices();
            this.incidence = new int[n][];
            this.incidenceSize = new int[n];
            this.degree = new int[n];
            this.removed = new boolean[n];
            this.queue = new int[Math.max(1, n)];
            this.queued = new boolean[n];
            this.mark = new int[n];
            this.count = new int[n];
            for (int v = 0; v < n; v++) {
                incidence[v] = new int[Math.max(2, graph.vertexDegree(v))];
            }
        }

        /** The reduction, or null when stopped. */
        CutReduction run() {
            int m = graph.numEdges();
            for (int e = 0; e < m; e++) {
                addEdge(graph.edgeVertices(e), graph.edgeWeight(e));
                if (e % STOP_CHECK_INTERVAL == 0 && (stop.getAsBoolean() || outlastsTimeLeft(e + 1L, m))) {
                    return null;
                }
            }
            if (outlastsTimeLeft(m, m)) {
                return null;
            }
            for (int v = 0; v < n; v++) {
                enqueue(v);
            }
            long processed = 0;
            while (queueSize > 0) {
                int v = queue[head];
                head = head + 1 == queue.length ? 0 : head + 1;
                queueSize--;
                queued[v] = false;
                process(v);
                if (++processed % STOP_CHECK_INTERVAL == 0 && stop.getAsBoolean()) {
                    return null;
                }
            }
            return stop.getAsBoolean() ? null : result();
        }

        /**
         * True when {@link #TOTAL_PER_FIRST_PASS} times the first pass is projected to exceed the time left, with
         * {@code done} of the {@code total} hyperedges indexed. The projection is the time so far plus the rest at
         * the rate measured since a checkpoint taken at a twentieth of the hyperedges (the code before it runs cold:
         * class loading, the interpreter), made from a quarter on, so that one garbage-collection pause in the window
         * does not condemn a reduction that fits; at the end of the pass it is the pass's own time.
         * Graphs with fewer than {@value #PROJECTION_MIN_EDGES} hyperedges are never projected (their reduction is
         * cheap, and their time is mostly the cold start).
         */
        private boolean outlastsTimeLeft(long done, long total) {
            if (timeLeftNanos == Long.MAX_VALUE || total < PROJECTION_MIN_EDGES) {
                return false;
            }
            long elapsed = System.nanoTime() - startNanos;
            if (checkpointDone == 0) {
                if (done * 20 >= total) {
                    checkpointDone = done;
                    checkpointNanos = elapsed;
                }
                return false;
            }
            if (done < total && done * 4 < total) {
                return false;
            }
            double rate = (double) (elapsed - checkpointNanos) / Math.max(1L, done - checkpointDone);
            double firstPass = elapsed + rate * (total - done);
            return TOTAL_PER_FIRST_PASS * firstPass > timeLeftNanos;
        }

        private void process(int v) {
            if (removed[v]) {
                return;
            }
            if (degree[v] > DOMINATION_PIN_LIMIT / 2) {
                return; // no rule applies (each hyperedge has two or more pins): skip the O(degree) scan
            }
            compactIncidence(v);
            if (degree[v] == 0) {
                removed[v] = true;
                record(CutReduction.ISOLATED, v, -1, -1, 0.0, 0.0);
                isolated++;
                return;
            }
            if (dominate(v)) {
                return;
            }
            if (degree[v] == 2) {
                seriesReduce(v);
            }
        }

        /** The dominated-vertex rule; false when it does not apply. */
        private boolean dominate(int v) {
            int[] edges = incidence[v];
            int deg = degree[v];
            double first = weights[edges[0]];
            int pins = 0;
            for (int k = 0; k < deg; k++) {
                int e = edges[k];
                if ((weights[e] > 0) != (first > 0)) {
                    return false;
                }
                pins += members[e].length;
            }
            if (pins > DOMINATION_PIN_LIMIT) {
                return false;
            }
            int common = commonNeighbour(v, edges, deg);
            if (common < 0) {
                return false;
            }
            removed[v] = true;
            int[] mine = Arrays.copyOf(edges, deg);
            if (first > 0) {
                record(CutReduction.OPPOSITE, v, common, -1, 0.0, 0.0);
                for (int e : mine) {
                    offset += weights[e];
                    killEdge(e);
                }
                if (deg == 1) {
                    degreeOneCut++;
                } else {
                    dominated++;
                }
            } else {
                record(CutReduction.SAME, v, common, -1, 0.0, 0.0);
                for (int e : mine) {
                    removeFromEdge(e, v);
                }
                if (deg == 1) {
                    degreeOneJoin++;
                } else {
                    dominated++;
                }
            }
            return true;
        }

        /** The first vertex other than {@code v} of the first hyperedge that lies in all of them, or -1. */
        private int commonNeighbour(int v, int[] edges, int deg) {
            stamp++;
            for (int u : members[edges[0]]) {
                mark[u] = stamp;
                count[u] = 1;
            }
            for (int k = 1; k < deg; k++) {
                for (int u : members[edges[k]]) {
                    if (mark[u] == stamp && count[u] == k) {
                        count[u] = k + 1;
                    }
                }
            }
            for (int u : members[edges[0]]) {
                if (u != v && count[u] == deg) {
                    return u;
                }
            }
            return -1;
        }

        private void seriesReduce(int v) {
            int e1 = incidence[v][0];
            int e2 = incidence[v][1];
            if (members[e1].length != 2 || members[e2].length != 2) {
                return;
            }
            int a = other(e1, v);
            int b = other(e2, v);
            double w1 = weights[e1];
            double w2 = weights[e2];
            double constant = Math.max(0.0, w1 + w2);
            double ab = Math.max(w1, w2) - constant;
            removed[v] = true;
            record(CutReduction.SERIES, v, a, b, w1, w2);
            series++;
            offset += constant;
            killEdge(e1);
            killEdge(e2);
            addEdge(a < b ? new int[] {a, b} : new int[] {b, a}, ab);
        }

        private int other(int e, int v) {
            int[] pair = members[e];
            return pair[0] == v ? pair[1] : pair[0];
        }

        /** Adds a hyperedge over sorted distinct {@code vs}, dropping or merging it as the rules say. */
        private void addEdge(int[] vs, double weight) {
            if (vs.length < 2 || weight == 0.0) {
                dropped++;
                return;
            }
            int existing = find(vs);
            if (existing >= 0) {
                mergeInto(existing, weight);
                return;
            }
            int e = newSlot();
            members[e] = vs;
            weights[e] = weight;
            alive[e] = true;
            index(vs, e);
            for (int u : vs) {
                appendIncidence(u, e);
                degree[u]++;
                enqueue(u);
            }
        }

        private void mergeInto(int e, double weight) {
            merged++;
            weights[e] += weight;
            if (weights[e] == 0.0) {
                dropped++;
                killEdge(e);
            }
        }

        /** Removes {@code v} from hyperedge {@code e} (the negative dominated rule). */
        private void removeFromEdge(int e, int v) {
            unindex(members[e], e);
            int[] old = members[e];
            int[] rest = new int[old.length - 1];
            int k = 0;
            for (int u : old) {
                if (u != v) {
                    rest[k++] = u;
                }
            }
            degree[v]--;
            members[e] = rest;
            if (rest.length < 2) {
                dropped++;
                killEdge(e);
                return;
            }
            int existing = find(rest);
            if (existing >= 0) {
                double weight = weights[e];
                killEdge(e);
                mergeInto(existing, weight);
                return;
            }
            index(rest, e);
            for (int u : rest) {
                enqueue(u); // the hyperedge got smaller: the series rule may now apply
            }
        }

        private void killEdge(int e) {
            alive[e] = false;
            unindex(members[e], e);
            for (int u : members[e]) {
                degree[u]--;
                enqueue(u);
            }
        }

        /** The live hyperedge over exactly the sorted vertices {@code vs}, or -1. */
        private int find(int[] vs) {
            return byVertexSet.get(vs, members);
        }

        private void index(int[] vs, int e) {
            byVertexSet.put(EdgeIndex.hash(vs), e);
        }

        private void unindex(int[] vs, int e) {
            if (vs.length >= 2) {
                byVertexSet.remove(EdgeIndex.hash(vs), e);
            }
        }

        private int newSlot() {
            if (numEdgeSlots == weights.length) {
                int size = weights.length * 2;
                members = Arrays.copyOf(members, size);
                weights = Arrays.copyOf(weights, size);
                alive = Arrays.copyOf(alive, size);
            }
            return numEdgeSlots++;
        }

        private void appendIncidence(int v, int e) {
            if (incidenceSize[v] == incidence[v].length) {
                incidence[v] = Arrays.copyOf(incidence[v], incidence[v].length * 2);
            }
            incidence[v][incidenceSize[v]++] = e;
        }

        /** Drops dead hyperedges from {@code v}'s list, so that its first {@code degree[v]} entries are live. */
        private void compactIncidence(int v) {
            int[] list = incidence[v];
            int kept = 0;
            for (int k = 0; k < incidenceSize[v]; k++) {
                if (alive[list[k]]) {
                    list[kept++] = list[k];
                }
            }
            incidenceSize[v] = kept;
            if (kept != degree[v]) {
                throw new IllegalStateException(
                        "Vertex " + v + " has " + kept + " live hyperedges but degree " + degree[v] + ".");
            }
        }

        private void enqueue(int v) {
            if (queued[v] || removed[v]) {
                return;
            }
            queued[v] = true;
            int tail = head + queueSize;
            queue[tail >= queue.length ? tail - queue.length : tail] = v;
            queueSize++;
        }

        private void record(byte kind, int v, int first, int second, double w1, double w2) {
            if (numRecords == kinds.length) {
                int size = kinds.length * 2;
                kinds = Arrays.copyOf(kinds, size);
                vertices = Arrays.copyOf(vertices, size);
                firsts = Arrays.copyOf(firsts, size);
                seconds = Arrays.copyOf(seconds, size);
                firstWeights = Arrays.copyOf(firstWeights, size);
                secondWeights = Arrays.copyOf(secondWeights, size);
            }
            kinds[numRecords] = kind;
            vertices[numRecords] = v;
            firsts[numRecords] = first;
            seconds[numRecords] = second;
            firstWeights[numRecords] = w1;
            secondWeights[numRecords] = w2;
            numRecords++;
        }

        private CutReduction result() {
            int[] kernelVertexOf = new int[n];
            int k = 0;
            for (int v = 0; v < n; v++) {
                kernelVertexOf[v] = removed[v] ? -1 : k++;
            }
            Hypergraph.Builder b = Hypergraph.builder(k);
            String[] names = graph.vertexNamesOrNull();
            if (names != null) {
                String[] kept = new String[k];
                for (int v = 0; v < n; v++) {
                    if (kernelVertexOf[v] >= 0) {
                        kept[kernelVertexOf[v]] = names[v];
                    }
                }
                b.vertexNames(kept);
            }
            int[] buffer = new int[16];
            for (int e = 0; e < numEdgeSlots; e++) {
                if (!alive[e]) {
                    continue;
                }
                int[] vs = members[e];
                if (buffer.length < vs.length) {
                    buffer = new int[vs.length];
                }
                for (int i = 0; i < vs.length; i++) {
                    buffer[i] = kernelVertexOf[vs[i]];
                }
                b.addEdge(weights[e], buffer, 0, vs.length);
            }
            Hypergraph kernel = b.build();
            double millis = (System.nanoTime() - startNanos) / 1e6;
            String summary = String.format(
                    Locale.ROOT,
                    "%d -> %d vertices, %d -> %d %s, offset %s (isolated %d, "
                            + "degree-1 cut %d, degree-1 join %d, dominated %d, series %d, merged %d, dropped %d) in %.1f ms",
                    n,
                    k,
                    graph.numEdges(),
                    kernel.numEdges(),
                    graph.isGraph() ? "edges" : "hyperedges",
                    number(offset),
                    isolated,
                    degreeOneCut,
                    degreeOneJoin,
                    dominated,
                    series,
                    merged,
                    dropped,
                    millis);
            return new CutReduction(
                    kernel,
                    offset,
                    kernelVertexOf,
                    Arrays.copyOf(kinds, numRecords),
                    Arrays.copyOf(vertices, numRecords),
                    Arrays.copyOf(firsts, numRecords),
                    Arrays.copyOf(seconds, numRecords),
                    Arrays.copyOf(firstWeights, numRecords),
                    Arrays.copyOf(secondWeights, numRecords),
                    summary);
        }

        private static String number(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /**
     * An open-addressing map from a vertex set (by a 64-bit hash of its sorted vertices, checked against the
     * hyperedge's own vertices on a hit) to a hyperedge index, with deletion by tombstones; rebuilt when full. No
     * boxing and no key objects: the index costs 12 bytes a slot.
     */
    private static final class EdgeIndex {

        private static final byte EMPTY = 0;
        private static final byte USED = 1;
        private static final byte DELETED = 2;

        private long[] hashes = new long[16];
        private int[] values = new int[16];
        private byte[] states = new byte[16];
        private int occupied;

        static long hash(int[] vs) {
            long h = 0x9E3779B97F4A7C15L * (vs.length + 1);
            for (int v : vs) {
                h = (h ^ v) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            return h;
        }

        private static int slot(long hash, int mask) {
            return (int) (hash ^ (hash >>> 32)) & mask;
        }

        /** The hyperedge over exactly {@code vs}, or -1; {@code members} gives each hyperedge's vertices. */
        int get(int[] vs, int[][] members) {
            long hash = hash(vs);
            int mask = hashes.length - 1;
            for (int i = slot(hash, mask); states[i] != EMPTY; i = (i + 1) & mask) {
                if (states[i] == USED && hashes[i] == hash && Arrays.equals(members[values[i]], vs)) {
                    return values[i];
                }
            }
            return -1;
        }

        /** Adds hyperedge {@code value} under {@code hash} (callers look its vertex set up first). */
        void put(long hash, int value) {
            if (2 * (occupied + 1) > hashes.length) {
                rehash();
            }
            int mask = hashes.length - 1;
            int i = slot(hash, mask);
            while (states[i] == USED) {
                i = (i + 1) & mask;
            }
            if (states[i] == EMPTY) {
                occupied++;
            }
            states[i] = USED;
            hashes[i] = hash;
            values[i] = value;
        }

        void remove(long hash, int value) {
            int mask = hashes.length - 1;
            for (int i = slot(hash, mask); states[i] != EMPTY; i = (i + 1) & mask) {
                if (states[i] == USED && values[i] == value) {
                    states[i] = DELETED;
                    return;
                }
            }
        }

        private void rehash() {
            long[] oldHashes = hashes;
            int[] oldValues = values;
            byte[] oldStates = states;
            int live = 0;
            for (byte state : oldStates) {
                live += state == USED ? 1 : 0;
            }
            int size = Integer.highestOneBit(Math.max(16, 4 * (live + 1)) - 1) << 1;
            hashes = new long[size];
            values = new int[size];
            states = new byte[size];
            occupied = 0;
            for (int i = 0; i < oldStates.length; i++) {
                if (oldStates[i] == USED) {
                    put(oldHashes[i], oldValues[i]);
                }
            }
        }
    }
}
