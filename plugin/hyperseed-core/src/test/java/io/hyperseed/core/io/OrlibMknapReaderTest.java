package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class OrlibMknapReaderTest extends OrlibReaderContractTest {

    @Override
    InstanceReader reader() {
        return new OrlibMknapReader();
    }

    @Override
    String fileName() {
        return "mknap.txt";
    }

    @Override
    String validContent() {
        return " 2\n 3 2 10\n 5 4 3\n 2 3 1\n 1 1 1\n 5 2\n 2 1 0\n 1 1\n 1 1\n 1\n";
    }

    @Override
    Malformed truncated() {
        return Malformed.of(" 1\n 2 1 0\n 1 1\n 1 1\n", 5, "the file ends where capacity b1 was expected");
    }

    @Override
    Malformed nonNumericToken() {
        return Malformed.of(" 1\n 2 1 0\n 1 one\n 1 1\n 1\n", 3, "expected a number for profit p2, found (one)");
    }

    @Override
    Malformed outOfRange() {
        return Malformed.of(" 1\n 4 4 0\n 1 1\n", 2, "weights cannot fit");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of(" 1\n -2 1 0\n", 2, "(-2) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of(" 1\n 1000000000000 1 0\n", 2, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of(" 1\n 99999999999999999999 1 0\n", 2, "too large for a 64-bit integer");
    }

    @Override
    Malformed trailingData() {
        return Malformed.of(" 1\n 1 1 0\n 1\n 1\n 1\n 7\n", 6, "unexpected data (7)");
    }

    @Override
    Malformed nonFiniteNumber() {
        return Malformed.of(" 1\n 1 1 0\n Infinity\n 1\n 1\n", 3, "(Infinity) is not a finite number");
    }

    @Test
    void readsProfitsRowsAndCapacities() throws IOException {
        PuboProblem first = readValid().get(0).problem();
        assertThat(first.numVariables()).isEqualTo(3);
        assertThat(first.constraints()).hasSize(2);
        PolynomialConstraint row = (PolynomialConstraint) first.constraints().get(0);
        assertThat(row.rhs()).isEqualTo(5.0);
        boolean[] all = {true, true, true};
        assertThat(first.objectiveValue(all)).isEqualTo(12.0);
        assertThat(row.lhs(all)).isEqualTo(6.0);
        assertThat(first.isFeasible(all)).isFalse();
        assertThat(first.isFeasible(new boolean[] {true, false, true})).isTrue();
    }
}
