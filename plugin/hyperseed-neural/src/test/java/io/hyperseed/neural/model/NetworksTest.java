package io.hyperseed.neural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.neural.NeuralConfig;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forward passes of both registered networks, rebuilt by hand from their parameters and features. */
class NetworksTest {

    /** Vertices 0 and 1 lie in exactly the same hyperedges (twins); 2 and 3 in one each. */
    private static final Hypergraph TWINS =
            Hypergraph.builder(4).addEdge(0, 1, 2).addEdge(0, 1, 3).build();

    private static final int N = 4;
    private static final int D = 3;
    private static final int C = 2;

    private static NeuralConfig config(boolean skip) {
        return NeuralConfig.builder()
                .optInputDim(D)
                .optHiddenSizes(C)
                .optSkipConnection(skip)
                .build();
    }

    @Test
    void precomputedFirstLayerWithSkipEqualsTheLayerDefinition() {
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphPropagation p = new HypergraphPropagation(TWINS, manager);
            HgnnNetwork network = new HgnnNetwork(manager, p, config(true), new Random(11));
            NDArray x = manager.create(Initialisers.normalFeatures(new Random(11), N, D), new Shape(N, D));
            List<NDArray> params = network.parameters();
            // order: stacked first-layer weight [Theta; Theta_self], head weight, head self weight, biases
            NDArray w0 = params.get(0);
            NDArray theta = w0.get("0:" + D + ", :");
            NDArray thetaSelf = w0.get(D + ":" + 2 * D + ", :");
            NDArray h =
                    Activation.relu(p.apply(x.matMul(theta).add(params.get(3))).add(x.matMul(thetaSelf)));
            NDArray expected = Activation.sigmoid(
                            p.apply(h.matMul(params.get(1)).add(params.get(4))).add(h.matMul(params.get(2))))
                    .reshape(N);

            assertThat(w0.getShape()).isEqualTo(new Shape(2 * D, C));
            assertThat(network.forward(false, new Random(1)).toFloatArray())
                    .containsExactly(expected.toFloatArray(), within(1e-5f));
        }
    }

    @Test
    void withoutSkipTwinVerticesGetTheSameOutputAndWithSkipTheyDiffer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphPropagation p = new HypergraphPropagation(TWINS, manager);
            float[] plain = new HgnnNetwork(manager, p, config(false), new Random(5))
                    .forward(false, new Random(1))
                    .toFloatArray();
            float[] skip = new HgnnNetwork(manager, p, config(true), new Random(5))
                    .forward(false, new Random(1))
                    .toFloatArray();

            assertThat(plain[0]).isEqualTo(plain[1]);
            assertThat(skip[0]).isNotEqualTo(skip[1]);
            for (float v : skip) {
                assertThat(v).isStrictlyBetween(0f, 1f);
            }
        }
    }

    @Test
    void seedNotebookStackIsConvolutionsThenALinearHeadOnUniformFeatures() {
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphPropagation p = new HypergraphPropagation(TWINS, manager);
            HypergraphNetwork network =
                    Networks.factory(Networks.SEED_NOTEBOOK).create(manager, p, config(false), new Random(9));
            float[] features = Initialisers.uniformFeatures(new Random(9), N, D);
            NDArray x = manager.create(features, new Shape(N, D));
            List<NDArray> params = network.parameters();
            // one convolution (the last: no activation), then the head
            NDArray h = p.apply(x.matMul(params.get(0)).add(params.get(1)));
            NDArray expected = Activation.sigmoid(h.matMul(params.get(2)).add(params.get(3)))
                    .reshape(N);

            assertThat(params.get(2).getShape()).isEqualTo(new Shape(C, 1));
            for (float v : features) {
                assertThat(v).isBetween(0f, 1f);
            }
            assertThat(network.forward(false, new Random(1)).toFloatArray())
                    .containsExactly(expected.toFloatArray(), within(1e-5f));
            assertThat(network.numParameters()).isEqualTo(D * C + C + C + 1);
        }
    }

    @Test
    void snapshotRestoresParameters() {
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphNetwork network =
                    new HgnnNetwork(manager, new HypergraphPropagation(TWINS, manager), config(true), new Random(2));
            float[][] before = network.snapshot();
            network.parameters().get(0).addi(1f);

            network.restore(before);

            assertThat(network.snapshot()).isDeepEqualTo(before);
            assertThatThrownBy(() -> network.restore(new float[1][])).hasMessageContaining("(5)");
        }
    }

    @Test
    void unknownNetworkNameListsTheRegisteredOnes() {
        assertThat(Networks.names()).containsExactly(Networks.HGNN_SKIP, Networks.SEED_NOTEBOOK);
        assertThatThrownBy(() -> Networks.factory("gcn"))
                .hasMessageContaining("(gcn)")
                .hasMessageContaining("seed-notebook");
        assertThatThrownBy(() -> NeuralConfig.builder().optNetwork("gcn").build())
                .hasMessageContaining("(gcn)");
    }
}
