package io.hyperseed.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedPointTest {

    @ParameterizedTest
    @CsvSource({"2.5e-6, 2", "4.5e-6, 4", "-1.5e-6, -2", "0.5e-6, 0", "3.5e-6, 4", "0.3333333, 333333", "-7, -7000000"})
    void unitsRoundHalfUnitsToEven(double value, long expected) {
        assertThat(FixedPoint.units(value, FixedPoint.MAX_SCALE)).isEqualTo(expected);
    }

    @Test
    void unitsRefuseValuesBeyondTwoToThe53() {
        assertThat(FixedPoint.units(9.007199254740992e15, 1)).isEqualTo(9_007_199_254_740_992L);
        assertThatThrownBy(() -> FixedPoint.units(1e10, FixedPoint.MAX_SCALE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(1.0E10)")
                .hasMessageContaining("(1000000)")
                .hasMessageContaining("beyond 2^53");
        assertThatThrownBy(() -> FixedPoint.units(1e300, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHypergraphWhoseScaledWeightSumPassesTwoToThe53IsRefused() {
        Hypergraph fine = Hypergraph.builder(3)
                .addEdge(4e9, new int[] {0, 1}, 0, 2)
                .addEdge(0.25, new int[] {1, 2}, 0, 2)
                .build();
        assertThat(FixedPoint.scaleOf(fine)).isEqualTo(100L);
        Hypergraph tooLarge = Hypergraph.builder(3)
                .addEdge(4e14, new int[] {0, 1}, 0, 2)
                .addEdge(0.25, new int[] {1, 2}, 0, 2)
                .build();
        assertThatThrownBy(() -> FixedPoint.scaleOf(tooLarge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hyperedge weights")
                .hasMessageContaining("(100)")
                .hasMessageContaining("Maybe divide the weights by a common factor, or round them to fewer decimals");
        assertThatThrownBy(() -> ScoreTracker.of(tooLarge)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProblemWhoseObjectiveOrConstraintPassesTwoToThe53IsRefused() {
        Polynomial objective = Polynomial.builder(2)
                .addTerm(5e15, Literal.positive(0))
                .addTerm(5e15, Literal.positive(1))
                .build();
        PuboProblem large = PuboProblem.of("large", Sense.MAXIMIZE, objective);
        assertThatThrownBy(() -> FixedPoint.scaleOf(large))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objective of large")
                .hasMessageContaining("(1)");
        Polynomial lhs = Polynomial.builder(2).addTerm(1.5, Literal.positive(0)).build();
        PuboProblem row = PuboProblem.builder(2, Sense.MAXIMIZE)
                .name("row")
                .objective(Polynomial.builder(2).addTerm(1, Literal.positive(1)).build())
                .addConstraint(new PolynomialConstraint("cap", lhs, Relation.LESS_OR_EQUAL, 1e15))
                .build();
        assertThatThrownBy(() -> FixedPoint.scaleOf(row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constraint cap")
                .hasMessageContaining("(10)");
    }

    @Test
    void theCutTrackerCountsEachWeightAsItsUnits() {
        double[] weights = {1.0 / 3, 2.5e-6, -1.5e-6, 4.5e-6};
        Hypergraph.Builder b = Hypergraph.builder(5);
        for (int e = 0; e < weights.length; e++) {
            b.addEdge(weights[e], new int[] {e, e + 1}, 0, 2);
        }
        Hypergraph graph = b.build();
        ScoreTracker tracker = ScoreTracker.of(graph);
        tracker.reset(new boolean[] {true, false, true, false, true});
        long expected = 0;
        for (double w : weights) {
            expected += FixedPoint.units(w, FixedPoint.MAX_SCALE);
        }
        assertThat(tracker.scale()).isEqualTo(FixedPoint.MAX_SCALE);
        assertThat(tracker.softScore()).isEqualTo(expected).isEqualTo(333_333L + 2 - 2 + 4);
    }
}
