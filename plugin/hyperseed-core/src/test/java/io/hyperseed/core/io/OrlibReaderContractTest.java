package io.hyperseed.core.io;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The contract of the OR-Library readers (BQP, MKNAP): several instances per file, line breaks without meaning,
 * and every kind of malformed input rejected with file, line and message. Subclasses give each kind in their
 * own layout.
 */
abstract class OrlibReaderContractTest extends CountedFormatContractTest {

    abstract Malformed nonNumericToken();

    /** An index outside {@code 1..n}, or a shape that the file cannot hold. */
    abstract Malformed outOfRange();

    abstract Malformed trailingData();

    abstract Malformed nonFiniteNumber();

    @Test
    void rejectsNonNumericToken() throws IOException {
        assertRejected(nonNumericToken());
    }

    @Test
    void rejectsOutOfRangeIndexOrShape() throws IOException {
        assertRejected(outOfRange());
    }

    @Test
    void rejectsDataAfterTheAnnouncedInstances() throws IOException {
        assertRejected(trailingData());
    }

    @Test
    void rejectsNonFiniteNumber() throws IOException {
        assertRejected(nonFiniteNumber());
    }

    @Test
    void rejectsZeroInstances() throws IOException {
        assertRejected(Malformed.of(" 0\n", 1, "K is 0"));
    }
}
