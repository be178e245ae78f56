package io.hyperseed.graphap.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.data.LabeledGraph;
import org.junit.jupiter.api.Test;

class ShortestPathDistancesTest {

    @Test
    void countsHopsOnACycle() {
        double[][] d = new ShortestPathDistances().compute(TinyGraphs.cycle(6, 0, 0));
        assertThat(d[0][3]).isEqualTo(3);
        assertThat(d[0][5]).isEqualTo(1);
        assertThat(d[2][2]).isZero();
    }

    @Test
    void unreachablePairsAreInfinite() {
        LabeledGraph twoEdges = new LabeledGraph(4, new int[] {0, 2}, new int[] {1, 3}, new int[4], 0);
        assertThat(new ShortestPathDistances().compute(twoEdges)[1][2]).isInfinite();
    }
}
