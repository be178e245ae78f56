package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.SeedToy;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PuboReaderTest extends ReaderContractTest {

    @Override
    InstanceReader reader() {
        return new PuboReader();
    }

    @Override
    String fileName() {
        return "toy.pubo";
    }

    @Override
    String validContent() {
        return """
                # the BIPNN toy
                pubo minimize
                vars x1 x2 x3 x4
                objective: -1 x1 - 0.8451 x1*x2 + x3*x4 + 2 x4
                constraint c1: 2 x1 + 1.7183 x2 + 3 x1*x3 <= 4
                """;
    }

    static Stream<Malformed> malformedFiles() {
        return Stream.of(
                Malformed.of("vars x1\nobjective: x1\n", 1, "the first line must be 'pubo minimize'"),
                Malformed.of("pubo sideways\n", 1, "the direction (sideways)"),
                Malformed.of("pubo min\nfoo: x\n", 2, "unknown directive (foo)"),
                Malformed.of("pubo min\nvars a b\nobjective: a + c\n", 3, "unknown variable (c)"),
                Malformed.of("pubo min\nobjective: a + - b\n", 2, "two signs in a row"),
                Malformed.of("pubo min\nobjective: a +\n", 2, "ends with a sign"),
                Malformed.of("pubo min\nconstraint c1: a + b 3\n", 2, "needs 'expression <=|=|>= number'"),
                Malformed.of("pubo min\nobjective: NaN a\n", 2, "(NaN) is not a finite number"),
                Malformed.of("pubo min\nobjective: 1e400 a\n", 2, "(1e400) is not a finite number"),
                Malformed.of("pubo min\nvars a a\n", 2, "(a) is declared twice"),
                Malformed.of("pubo min\nvars a 12\n", 2, "(12) looks like a number"),
                Malformed.of("pubo min\nexactly-one g: a b\nat-most-one g: a\n", 3, "a second constraint named (g)"),
                Malformed.of("pubo min\nobjective: \"a b\n", 2, "double quote is not closed"),
                Malformed.of("pubo min\nexactly-one g:\n", 2, "lists no variables"),
                Malformed.of("pubo min\nexactly-one g: a a\n", 2, "twice"),
                Malformed.of("pubo min\nvars 1000000000000\n", 2, "implausibly large"),
                Malformed.of("pubo min\nvars 99999999999999999999\n", 2, "too large"),
                Malformed.of("pubo min\nobjective: a\nvars a\n", 3, "'vars' must come before"),
                Malformed.of("pubo min\nobjective: a*\n", 2, "an empty factor"),
                Malformed.of("pubo min\nobjective: 2 3 a\n", 2, "two numbers in a row"),
                Malformed.of("pubo min\nobjective: a b\n", 2, "a '+' or '-' is missing before (b)"),
                Malformed.of("pubo min\nobjective x1\n", 2, "has no ':'"),
                Malformed.of("pubo min\npubo max\n", 2, "a second 'pubo' line"),
                Malformed.of("# only a comment\n", 2, "'pubo minimize' or 'pubo maximize' line is missing"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void rejectsMalformedFile(Malformed malformed) throws IOException {
        assertRejected(malformed);
    }

    @Test
    void readsTheSeedToyAsTheSameProblem() throws IOException {
        PuboProblem read = readValid().get(0).problem();
        PuboProblem toy = SeedToy.problem();
        assertThat(read.sense()).isEqualTo(Sense.MINIMIZE);
        for (int mask = 0; mask < 16; mask++) {
            boolean[] x = {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0};
            assertThat(read.objectiveValue(x)).isEqualTo(toy.objectiveValue(x));
            assertThat(read.totalViolation(x)).isEqualTo(toy.totalViolation(x));
        }
    }

    @Test
    void declaresVariablesInOrderOfFirstUseWithoutVarsLine() throws IOException {
        PuboProblem p = new PuboReader().readProblem(write("pubo max\nobjective: 3 b*~a\nobjective: + c - 2\n"));
        assertThat(p.variableNamesOrNull()).containsExactly("b", "a", "c");
        assertThat(p.objectiveValue(new boolean[] {true, false, false})).isEqualTo(1.0);
        assertThat(p.objectiveValue(new boolean[] {true, true, true})).isEqualTo(-1.0);
    }

    @Test
    void readsASignGluedToANameOrProduct() throws IOException {
        PuboProblem p = new PuboReader().readProblem(write("pubo min\nobjective: -a +b -2*a*b\n"));
        assertThat(p.objectiveValue(new boolean[] {true, true})).isEqualTo(-2.0);
        assertThat(p.objectiveValue(new boolean[] {false, true})).isEqualTo(1.0);
    }

    @Test
    void namesCountedVariablesFromOne() throws IOException {
        PuboProblem p = new PuboReader().readProblem(write("pubo min\nvars: 3\nexactly-one g: x1 x3\n"));
        assertThat(p.variableNamesOrNull()).containsExactly("x1", "x2", "x3");
        assertThat(((ChoiceConstraint) p.constraints().get(0)).variables()).containsExactly(0, 2);
    }

    @Test
    void readsQuotedNumericNamesAndSignedCoefficients() throws IOException {
        PuboProblem p = new PuboReader()
                .readProblem(
                        write(
                                "pubo min\nvars \"1\" \"2\"\nobjective: -1.5 \"1\" -2*\"1\"*~\"2\"\nconstraint: \"1\" + \"2\" >= 1\n"));
        assertThat(p.objectiveValue(new boolean[] {true, false})).isEqualTo(-3.5);
        assertThat(p.constraints().get(0).name()).isEqualTo("c1");
        assertThat(p.isFeasible(new boolean[] {false, false})).isFalse();
    }
}
