package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PuboRoundTripTest {

    @TempDir
    Path dir;

    private PuboProblem roundTrip(PuboProblem problem) throws IOException {
        Path file = dir.resolve(problem.name() + ".pubo");
        PuboWriter.write(problem, file);
        return new PuboReader().readProblem(file);
    }

    private static void assertSameOnEveryPoint(PuboProblem expected, PuboProblem actual) {
        int n = expected.numVariables();
        assertThat(actual.numVariables()).isEqualTo(n);
        assertThat(actual.sense()).isEqualTo(expected.sense());
        assertThat(actual.constraints())
                .extracting(Constraint::name)
                .containsExactlyElementsOf(
                        expected.constraints().stream().map(Constraint::name).toList());
        for (int i = 0; i < n; i++) {
            assertThat(actual.variableName(i)).isEqualTo(expected.variableName(i));
        }
        for (long mask = 0; mask < (1L << n); mask++) {
            boolean[] x = new boolean[n];
            for (int i = 0; i < n; i++) {
                x[i] = (mask >> i & 1) != 0;
            }
            assertThat(actual.objectiveValue(x)).isEqualTo(expected.objectiveValue(x));
            for (int c = 0; c < expected.constraints().size(); c++) {
                assertThat(actual.constraints().get(c).violation(x))
                        .isEqualTo(expected.constraints().get(c).violation(x));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomConstrainedProblemsEvaluateIdenticallyAfterRoundTrip(long seed) throws IOException {
        Random random = new Random(seed);
        PuboProblem problem =
                RandomProblems.constrained(random, 10, 30, seed % 2 == 0 ? Sense.MINIMIZE : Sense.MAXIMIZE);
        assertSameOnEveryPoint(problem, roundTrip(problem));
    }

    @Test
    void highDegreeTermsWithComplementsAndRealCoefficientsRoundTrip() throws IOException {
        Random random = new Random(11);
        Polynomial.Builder b = Polynomial.builder(9).addConstant(-0.1);
        for (int t = 0; t < 40; t++) {
            int degree = 1 + random.nextInt(6);
            int[] lits = new int[degree];
            for (int k = 0; k < degree; k++) {
                lits[k] = Literal.of(random.nextInt(9), random.nextBoolean());
            }
            b.addTerm(random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6), lits);
        }
        PuboProblem problem = PuboProblem.builder(9, Sense.MAXIMIZE)
                .name("real")
                .objective(b.build())
                .addConstraint(new PolynomialConstraint(
                        "eq",
                        Polynomial.builder(9)
                                .addConstant(1e-7)
                                .addTerm(Math.PI, Literal.negative(3))
                                .build(),
                        Relation.EQUAL,
                        0.3))
                .build();
        assertSameOnEveryPoint(problem, roundTrip(problem));
    }

    @Test
    void namesThatLookLikeNumbersOrOperatorsAreQuoted() throws IOException {
        String[] names = {"12", "a*b", "~c", "-", "x:y", "q\"t", "NaN", "1e5", "-y", "+z"};
        Polynomial.Builder b = Polynomial.builder(names.length);
        for (int i = 0; i < names.length; i++) {
            b.addTerm(i + 1, Literal.positive(i), Literal.negative((i + 1) % names.length));
        }
        PuboProblem problem = PuboProblem.builder(names.length, Sense.MINIMIZE)
                .name("odd")
                .variableNames(names)
                .objective(b.build())
                .build();
        assertSameOnEveryPoint(problem, roundTrip(problem));
    }

    @Test
    void maxCutWithNumericVertexNamesRoundTrips() throws IOException {
        PuboProblem problem = MaxCut.compact(RandomProblems.hypergraph(new Random(3), 9, 14, 4, true), "cut");
        assertSameOnEveryPoint(problem, roundTrip(problem));
    }

    @Test
    void emptyProblemRoundTrips() throws IOException {
        PuboProblem problem = PuboProblem.of("empty", Sense.MINIMIZE, Polynomial.zero(0));
        assertSameOnEveryPoint(problem, roundTrip(problem));
    }

    @Test
    void writesTheDocumentedLayout() throws IOException {
        StringWriter out = new StringWriter();
        PuboWriter.write(SeedToy.problem(), out);
        assertThat(out.toString())
                .contains("pubo minimize\nvars x1 x2 x3 x4\n")
                .contains("objective: - x1 - 0.8451 x1*x2 + x3*x4 + 2 x4\n")
                .contains("constraint c1: 2 x1 + 1.7183 x2 + 3 x1*x3 <= 4\n");
    }
}
