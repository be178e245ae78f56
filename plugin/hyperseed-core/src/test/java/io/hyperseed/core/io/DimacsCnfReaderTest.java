package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.PuboProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DimacsCnfReaderTest extends DimacsReaderContractTest {

    @Override
    InstanceReader reader() {
        return new DimacsCnfReader();
    }

    @Override
    String validContent() {
        return "c a comment\np cnf 3 2\n1 -2 0\n 2 3\n-1 0\n%\n0\n";
    }

    @Override
    Malformed truncated() {
        return Malformed.of("p cnf 3 2\n1 2 0\n", 3, "ends after 1 of the 2 clauses");
    }

    @Override
    Malformed unterminatedClause() {
        return Malformed.of("p cnf 3 1\n1 2\n", 2, "not terminated by 0");
    }

    @Override
    Malformed nonNumericLiteral() {
        return Malformed.of("p cnf 3 1\n1 x 0\n", 2, "expected an integer for a literal, found (x)");
    }

    @Override
    Malformed literalOutOfRange() {
        return Malformed.of("p cnf 3 1\n1 -4 0\n", 2, "the literal (-4) is outside +-1..3");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of("p cnf -3 1\n1 0\n", 1, "(-3) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of("p cnf 3 1000000000000\n1 0\n", 1, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of("p cnf 3 1\n1 99999999999999999999 0\n", 2, "too large for a 64-bit integer");
    }

    @Override
    Malformed tooManyClauses() {
        return Malformed.of("p cnf 3 1\n1 0\n2 0\n", 3, "more clauses than the 1");
    }

    @Override
    Malformed wrongProblemLine() {
        return Malformed.of("p wcnf 3 1\n1 1 0\n", 1, "the problem line says (wcnf)");
    }

    @Override
    Malformed badClauseStart() {
        return Malformed.of("c no header\n1 2 0\n", 2, "'p cnf <variables> <clauses>' line is missing");
    }

    @Test
    void countsSatisfiedClausesAcrossLinesAndStopsAtPercent() throws IOException {
        PuboProblem problem = readValid().get(0).problem();
        assertThat(problem.numVariables()).isEqualTo(3);
        // clauses (1 v -2), (2 v 3 v -1)
        assertThat(problem.objectiveValue(new boolean[] {false, true, false})).isEqualTo(1.0);
        assertThat(problem.objectiveValue(new boolean[] {true, false, false})).isEqualTo(1.0);
        assertThat(problem.objectiveValue(new boolean[] {true, true, false})).isEqualTo(2.0);
        assertThat(problem.variableName(0)).isEqualTo("1");
    }
}
