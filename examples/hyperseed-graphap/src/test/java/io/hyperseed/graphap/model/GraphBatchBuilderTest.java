package io.hyperseed.graphap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.cluster.Communities;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphBatchBuilderTest {

    /** Path 0-1 (degrees 1) then triangle 2-3-4 (degrees 2), communities {0},{1} and {2,3,4}. */
    private static List<GraphSample> samples() {
        return List.of(
                new GraphSample(TinyGraphs.path(2, 0, 0), new Communities(new int[] {0, 1}, 2)),
                new GraphSample(TinyGraphs.cycle(3, 1, 1), new Communities(new int[] {0, 0, 0}, 1)));
    }

    @Test
    void normalizedAdjacencyIsBlockDiagonalWithSelfLoops() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphBatch batch = new GraphBatchBuilder(2).build(manager, samples());
            float[] a = batch.normalizedAdjacency().toDense().toFloatArray();
            int n = 5;
            // path: (deg+1) = 2 for both nodes, so every entry of the 2x2 block is 1/2
            assertThat(a[0]).isCloseTo(0.5f, within(1e-6f));
            assertThat(a[1]).isCloseTo(0.5f, within(1e-6f));
            // triangle: (deg+1) = 3, every entry 1/3
            assertThat(a[2 * n + 3]).isCloseTo(1 / 3f, within(1e-6f));
            assertThat(a[4 * n + 4]).isCloseTo(1 / 3f, within(1e-6f));
            // no entries between the blocks
            assertThat(a[1 * n + 2]).isZero();
            assertThat(a[4 * n + 0]).isZero();
        }
    }

    @Test
    void communityAdjacencyKeepsOnlyIntraCommunityEdges() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphBatch batch = new GraphBatchBuilder(2).build(manager, samples());
            float[] a = batch.communityAdjacency().toDense().toFloatArray();
            assertThat(a[1]).isZero();
            assertThat(a[0]).isCloseTo(1f, within(1e-6f));
            assertThat(a[2 * 5 + 3]).isCloseTo(1 / 3f, within(1e-6f));
        }
    }

    @Test
    void poolingRowsAverageTheirMembers() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphBatch batch = new GraphBatchBuilder(2).build(manager, samples());
            assertThat(batch.graphPool().toDense().sum(new int[] {1}).toFloatArray())
                    .containsExactly(new float[] {1, 1}, within(1e-6f));
            assertThat(batch.communityPool().toDense().sum(new int[] {1}).toFloatArray())
                    .containsExactly(new float[] {1, 1, 1}, within(1e-6f));
            assertThat(batch.membership().toFloatArray()).containsExactly(1, 1, 0, 0, 0, 1);
            assertThat(batch.features().toFloatArray()).containsExactly(1, 0, 1, 0, 0, 1, 0, 1, 0, 1);
            assertThat(batch.labelValues()).containsExactly(0, 1);
        }
    }
}
