package io.hyperseed.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MaxCutTest {

    @Test
    void compactAndExpandedFormsAgreeOnEveryAssignment() {
        Random random = new Random(5);
        for (int trial = 0; trial < 25; trial++) {
            int n = 2 + random.nextInt(9);
            Hypergraph g = RandomProblems.hypergraph(random, n, 12, 5, random.nextBoolean());
            PuboProblem compact = MaxCut.compact(g, "g");
            PuboProblem expanded = MaxCut.expanded(g, "g");
            for (int mask = 0; mask < (1 << n); mask++) {
                boolean[] x = new boolean[n];
                double[] relaxed = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = (mask & (1 << i)) != 0;
                    relaxed[i] = x[i] ? 1 : 0;
                }
                double cut = g.cutWeight(x);
                assertThat(compact.objectiveValue(x)).isCloseTo(cut, within(1e-9));
                assertThat(expanded.objectiveValue(x)).isCloseTo(cut, within(1e-9));
                assertThat(compact.objective().relaxedValue(relaxed)).isCloseTo(cut, within(1e-9));
            }
            double[] interior = random.doubles(n).toArray();
            assertThat(expanded.objective().relaxedValue(interior))
                    .isCloseTo(compact.objective().relaxedValue(interior), within(1e-9));
        }
    }

    @Test
    void compactFormHasTwoTermsPerHyperedge() {
        Hypergraph g = Hypergraph.builder(4)
                .addEdge(0, 1, 2)
                .addEdge(2, 3)
                .addEdge(1, 1)
                .build();
        PuboProblem compact = MaxCut.compact(g, "g");
        assertThat(compact.objective().numTerms()).isEqualTo(4);
        assertThat(compact.objective().constant()).isEqualTo(2.0);
    }

    @Test
    void expandedFormOfAnEdgeIsTheTextbookQuadratic() {
        // cut(u, v) = x_u + x_v - 2 x_u x_v
        PuboProblem expanded =
                MaxCut.expanded(Hypergraph.builder(2).addEdge(0, 1).build(), "edge");
        assertThat(expanded.objective().numTerms()).isEqualTo(3);
        assertThat(expanded.objective().constant()).isZero();
    }

    @Test
    void seedCoraExpansionHasThePublishedTermCounts() throws IOException {
        Path file = SharedData.require("seed-bip/cora_hypergraph.txt");
        Hypergraph.Builder b = Hypergraph.builder(1330);
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                int[] vs = Arrays.stream(line.trim().split("\\s+"))
                        .mapToInt(Integer::parseInt)
                        .toArray();
                b.addEdge(1.0, vs, 0, vs.length);
            }
        }
        PuboProblem expanded = MaxCut.expanded(b.build(), "cora");
        int[] bySize = new int[6];
        for (int t = 0; t < expanded.objective().numTerms(); t++) {
            bySize[expanded.objective().degree(t)]++;
        }
        // PROVENANCE.md: 9408 nonzero terms, sizes 1:1330, 2:4144, 3:2780, 4:1154
        assertThat(expanded.objective().numTerms()).isEqualTo(9408);
        assertThat(bySize).containsExactly(0, 1330, 4144, 2780, 1154, 0);
    }
}
