package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrlibBqpReaderTest extends OrlibReaderContractTest {

    @Override
    InstanceReader reader() {
        return new OrlibBqpReader();
    }

    @Override
    String fileName() {
        return "bqp3.txt";
    }

    @Override
    String validContent() {
        return " 2\n 3 4\n 1 1 5\n 1 2 -3\n 2 3 4\n 3 3 -1\n 2 1\n 1 2 7\n";
    }

    @Override
    Malformed truncated() {
        return Malformed.of(" 1\n 3 2\n 1 1 5\n", 4, "the file ends where row i was expected");
    }

    @Override
    Malformed nonNumericToken() {
        return Malformed.of(" 1\n 2 1\n 1 x 5\n", 3, "found (x)");
    }

    @Override
    Malformed outOfRange() {
        return Malformed.of(" 1\n 2 1\n 1 3 5\n", 3, "column j (3) is outside 1..2");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of(" 1\n -2 1\n", 2, "(-2) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of(" 1\n 1000000000000 1\n 1 1 1\n", 2, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of(" 1\n 2 1\n 99999999999999999999 2 5\n", 3, "too large for a 64-bit integer");
    }

    @Override
    Malformed trailingData() {
        return Malformed.of(" 1\n 2 1\n 1 2 5\n 2 2 1\n", 4, "unexpected data (2) after the 1 instances");
    }

    @Override
    Malformed nonFiniteNumber() {
        return Malformed.of(" 1\n 2 1\n 1 2 NaN\n", 3, "(NaN) is not a finite number");
    }

    @Test
    void readsEveryInstanceNamedByFileAndIndex() throws IOException {
        List<Instance> instances = readValid();
        assertThat(instances).extracting(Instance::name).containsExactly("bqp3-1", "bqp3-2");
        assertThat(instances.get(0).problem().sense()).isEqualTo(Sense.MAXIMIZE);
        assertThat(instances.get(0).problem().variableName(2)).isEqualTo("x3");
    }

    @Test
    void countsOffDiagonalEntriesTwice() throws IOException {
        PuboProblem first = readValid().get(0).problem();
        // f = 5 x1 - x3 + 2 (-3) x1 x2 + 2 (4) x2 x3
        assertThat(first.objectiveValue(new boolean[] {true, true, false})).isEqualTo(5 - 6);
        assertThat(first.objectiveValue(new boolean[] {true, true, true})).isEqualTo(5 - 1 - 6 + 8);
        assertThat(readValid().get(1).problem().objectiveValue(new boolean[] {true, true}))
                .isEqualTo(14);
    }
}
