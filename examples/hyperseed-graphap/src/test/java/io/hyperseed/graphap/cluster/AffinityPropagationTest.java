package io.hyperseed.graphap.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AffinityPropagationTest {

    /** Three tight blobs far apart; similarity = minus squared Euclidean distance. */
    private static double[][] blobs(int perBlob, long seed, int[] truth) {
        double[][] centres = {{0, 0}, {20, 0}, {0, 20}};
        Random random = new Random(seed);
        int n = centres.length * perBlob;
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            int blob = i % centres.length;
            truth[i] = blob;
            points[i] =
                    new double[] {centres[blob][0] + random.nextGaussian(), centres[blob][1] + random.nextGaussian()};
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = points[i][0] - points[j][0];
                double dy = points[i][1] - points[j][1];
                s[i][j] = -(dx * dx + dy * dy);
            }
        }
        return s;
    }

    @Test
    void findsClearlySeparatedBlobs() {
        int[] truth = new int[30];
        Clustering clustering = AffinityPropagation.study().cluster(blobs(10, 3, truth), new Random(0));
        assertThat(clustering.converged()).isTrue();
        assertThat(clustering.clusterCount()).isEqualTo(3);
        int[] labels = clustering.labels();
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < labels.length; j++) {
                assertThat(labels[i] == labels[j]).as("points %d and %d", i, j).isEqualTo(truth[i] == truth[j]);
            }
        }
    }

    @Test
    void everyExemplarLabelsItself() {
        int[] truth = new int[30];
        Clustering clustering = AffinityPropagation.study().cluster(blobs(10, 5, truth), new Random(0));
        int[] exemplars = clustering.exemplars();
        for (int c = 0; c < exemplars.length; c++) {
            assertThat(clustering.labels()[exemplars[c]]).isEqualTo(c);
        }
    }

    @Test
    void isDeterministicForAFixedNoiseSeed() {
        int[] truth = new int[30];
        double[][] s = blobs(10, 9, truth);
        assertThat(AffinityPropagation.study().cluster(s, new Random(4)))
                .isEqualTo(AffinityPropagation.study().cluster(s, new Random(4)));
    }

    @Test
    void singlePointIsItsOwnCluster() {
        Clustering clustering = AffinityPropagation.study().cluster(new double[][] {{0.8}}, new Random(0));
        assertThat(clustering.labels()).containsExactly(0);
        assertThat(clustering.exemplars()).containsExactly(0);
    }

    @Test
    void stopsAtTheIterationCap() {
        int[] truth = new int[30];
        Clustering clustering = new AffinityPropagation(0.8, 5, 15).cluster(blobs(10, 3, truth), new Random(0));
        assertThat(clustering.iterations()).isEqualTo(5);
        assertThat(clustering.converged()).isFalse();
    }

    @Test
    void dampingBelowOneHalfIsRejected() {
        assertThatThrownBy(() -> new AffinityPropagation(0.3, 200, 15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0.3)")
                .hasMessageContaining("Maybe");
    }
}
