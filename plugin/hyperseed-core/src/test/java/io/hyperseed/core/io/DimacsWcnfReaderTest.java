package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.PuboProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DimacsWcnfReaderTest extends DimacsReaderContractTest {

    @Override
    InstanceReader reader() {
        return new DimacsWcnfReader();
    }

    @Override
    String validContent() {
        return "c weighted partial\np wcnf 3 3 10\n10 1 2 0\n3 -1 0\n2 -2 -3 0\n";
    }

    @Override
    Malformed truncated() {
        return Malformed.of("p wcnf 3 2\n1 1 2 0\n", 3, "ends after 1 of the 2 clauses");
    }

    @Override
    Malformed unterminatedClause() {
        return Malformed.of("p wcnf 3 1\n4 1 2\n", 2, "not terminated by 0");
    }

    @Override
    Malformed nonNumericLiteral() {
        return Malformed.of("p wcnf 3 1\n4 1 x 0\n", 2, "expected an integer for a literal, found (x)");
    }

    @Override
    Malformed literalOutOfRange() {
        return Malformed.of("p wcnf 3 1\n4 1 -4 0\n", 2, "the literal (-4) is outside +-1..3");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of("p wcnf 3 -1\n", 1, "(-1) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of("p wcnf 1000000000000 1\n1 1 0\n", 1, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of("p wcnf 3 1\n1 99999999999999999999 0\n", 2, "too large for a 64-bit integer");
    }

    @Override
    Malformed tooManyClauses() {
        return Malformed.of("p wcnf 3 1\n1 1 0\n1 2 0\n", 3, "more clauses than the 1");
    }

    @Override
    Malformed wrongProblemLine() {
        return Malformed.of("p cnf 3 1\n1 0\n", 1, "the problem line says (cnf)");
    }

    @Override
    Malformed badClauseStart() {
        return Malformed.of("p wcnf 2 1\nnan 1 0\n", 2, "(nan) is not a finite number");
    }

    @Test
    void turnsClausesAtTopWeightIntoConstraints() throws IOException {
        PuboProblem problem = readValid().get(0).problem();
        assertThat(problem.constraints()).hasSize(1);
        assertThat(problem.isFeasible(new boolean[] {false, false, false})).isFalse();
        // soft: 3 (-1), 2 (-2 v -3)
        assertThat(problem.objectiveValue(new boolean[] {false, true, false})).isEqualTo(5.0);
        assertThat(problem.objectiveValue(new boolean[] {true, true, true})).isEqualTo(0.0);
    }

    @Test
    void readsThe2022FormatWithoutProblemLine() throws IOException {
        PuboProblem problem = new DimacsWcnfReader()
                .read(write("c new\nh 1 2 0\n3 -1 0\n5 4 0\n"))
                .get(0)
                .problem();
        assertThat(problem.numVariables()).isEqualTo(4);
        assertThat(problem.constraints()).hasSize(1);
        assertThat(problem.objectiveValue(new boolean[] {false, true, false, true}))
                .isEqualTo(8.0);
    }

    @Test
    void rejectsZeroWeight() throws IOException {
        assertRejected(Malformed.of("p wcnf 2 1\n0 1 0\n", 2, "must be positive"));
    }
}
