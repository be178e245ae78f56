package io.hyperseed.core.model;

import static io.hyperseed.core.model.Literal.negative;
import static io.hyperseed.core.model.Literal.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.testing.RandomProblems;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PolynomialTest {

    @Test
    void duplicateTermsAreMergedInAnyLiteralOrder() {
        Polynomial p = Polynomial.builder(3)
                .addTerm(2.0, positive(0), positive(1))
                .addTerm(3.0, positive(1), positive(0))
                .build();
        assertThat(p.numTerms()).isEqualTo(1);
        assertThat(p.coefficient(0)).isEqualTo(5.0);
    }

    @Test
    void termsCancellingToZeroAreDropped() {
        Polynomial p = Polynomial.builder(2)
                .addTerm(1.5, positive(0), negative(1))
                .addTerm(-1.5, negative(1), positive(0))
                .addTerm(1.0, positive(1))
                .build();
        assertThat(p.numTerms()).isEqualTo(1);
        assertThat(p.termLiterals(0)).containsExactly(positive(1));
    }

    @Test
    void repeatedLiteralIsIdempotent() {
        Polynomial p = Polynomial.builder(2)
                .addTerm(4.0, positive(0), positive(0), positive(1))
                .build();
        assertThat(p.degree(0)).isEqualTo(2);
    }

    @Test
    void literalTimesItsComplementVanishes() {
        Polynomial p = Polynomial.builder(2)
                .addTerm(4.0, positive(0), negative(0), positive(1))
                .build();
        assertThat(p.numTerms()).isZero();
        assertThat(p.evaluate(new boolean[] {true, true})).isZero();
    }

    @Test
    void emptyTermGoesToTheConstant() {
        Polynomial p = Polynomial.builder(1).addTerm(2.5).addConstant(1.0).build();
        assertThat(p.numTerms()).isZero();
        assertThat(p.constant()).isEqualTo(3.5);
    }

    @Test
    void nonFiniteCoefficientsAreRejected() {
        Polynomial.Builder b = Polynomial.builder(2);
        assertThatThrownBy(() -> b.addTerm(Double.NaN, positive(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> b.addTerm(Double.POSITIVE_INFINITY, positive(0)))
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> b.addConstant(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfRangeVariablesAreRejectedWithAHint() {
        Polynomial.Builder b = Polynomial.builder(2);
        assertThatThrownBy(() -> b.addTerm(1.0, positive(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(4)")
                .hasMessageContaining("variable 2")
                .hasMessageContaining("Maybe");
        assertThatThrownBy(() -> b.addTerm(1.0, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluationUsesComplementLiterals() {
        // 3 + 2 x0 (1 - x1) - x1 x2
        Polynomial p = Polynomial.builder(3)
                .addConstant(3)
                .addTerm(2, positive(0), negative(1))
                .addTerm(-1, positive(1), positive(2))
                .build();
        assertThat(p.evaluate(new boolean[] {true, false, true})).isEqualTo(5.0);
        assertThat(p.evaluate(new boolean[] {true, true, true})).isEqualTo(2.0);
        assertThat(p.evaluate(new boolean[] {false, false, false})).isEqualTo(3.0);
    }

    @Test
    void relaxationEqualsObjectiveAtEveryZeroOnePoint() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + random.nextInt(7);
            Polynomial p = RandomProblems.polynomial(random, n, 15, 4);
            for (int mask = 0; mask < (1 << n); mask++) {
                boolean[] x = new boolean[n];
                double[] relaxed = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = (mask & (1 << i)) != 0;
                    relaxed[i] = x[i] ? 1.0 : 0.0;
                }
                assertThat(p.relaxedValue(relaxed)).isCloseTo(p.evaluate(x), within(1e-9));
            }
        }
    }

    @Test
    void relaxationIsMultilinear() {
        // f(x) at x_i = t is (1 - t) f(x_i = 0) + t f(x_i = 1)
        Random random = new Random(11);
        Polynomial p = RandomProblems.polynomial(random, 6, 30, 4);
        double[] x = random.doubles(6).toArray();
        double[] low = x.clone();
        double[] high = x.clone();
        low[2] = 0;
        high[2] = 1;
        assertThat(p.relaxedValue(x))
                .isCloseTo((1 - x[2]) * p.relaxedValue(low) + x[2] * p.relaxedValue(high), within(1e-9));
    }

    @Test
    void millionTermsStayCompact() {
        int n = 100_000;
        Polynomial.Builder b = Polynomial.builder(n);
        Random random = new Random(3);
        for (int t = 0; t < 1_000_000; t++) {
            b.addTerm(
                    1 + random.nextInt(9),
                    positive(random.nextInt(n)),
                    negative(random.nextInt(n)),
                    positive(random.nextInt(n)));
        }
        Polynomial p = b.build();
        // flat storage: 4 + 8 bytes per term, 4 + 4 bytes per literal (terms and incidence), 4 per variable
        long bytes = 12L * p.numTerms() + 8L * p.numLiterals() + 4L * n;
        assertThat(p.numTerms()).isGreaterThan(990_000);
        assertThat(bytes).isLessThan(60L << 20);
    }

    @Test
    void incidenceListsEveryOccurrence() {
        Polynomial p = Polynomial.builder(3)
                .addTerm(1, positive(0), negative(2))
                .addTerm(2, positive(2))
                .build();
        assertThat(p.variableDegree(0)).isEqualTo(1);
        assertThat(p.variableDegree(1)).isZero();
        assertThat(p.variableDegree(2)).isEqualTo(2);
    }
}
