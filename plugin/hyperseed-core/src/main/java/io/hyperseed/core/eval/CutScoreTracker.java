package io.hyperseed.core.eval;

import io.hyperseed.core.model.Hypergraph;

/**
 * {@link ScoreTracker} for hypergraph max-cut: soft = cut weight (fixed point), hard always 0. Its {@link #gains()}
 * are a {@link CutGains}, built on first use.
 */
final class CutScoreTracker implements ScoreTracker {

    private final long scale;
    private final CutState state;
    private final int numVertices;
    private final Hypergraph scaled;
    private CutGains gains;

    CutScoreTracker(Hypergraph graph) {
        this.scale = FixedPoint.scaleOf(graph);
        this.scaled = scale == 1 ? graph : FixedPoint.scaled(graph, scale);
        this.numVertices = graph.numVertices();
        this.state = new CutState(scaled, new boolean[numVertices]);
    }

    @Override
    public void reset(boolean[] assignment) {
        state.reset(assignment);
        if (gains != null) {
            gains.reset(assignment);
        }
    }

    @Override
    public void set(int v, boolean value) {
        if (state.get(v) != value) {
            state.flip(v);
            if (gains != null) {
                gains.flip(v);
            }
        }
    }

    @Override
    public FlipGains gains() {
        if (gains == null) {
            boolean[] current = new boolean[numVertices];
            for (int v = 0; v < numVertices; v++) {
                current[v] = state.get(v);
            }
            gains = new CutGains(scaled, current);
        }
        return gains;
    }

    @Override
    public long hardScore() {
        return 0L;
    }

    @Override
    public long softScore() {
        return Math.round(state.cut());
    }

    @Override
    public long scale() {
        return scale;
    }

    @Override
    public boolean get(int v) {
        return state.get(v);
    }

    @Override
    public int numVariables() {
        return numVertices;
    }
}
