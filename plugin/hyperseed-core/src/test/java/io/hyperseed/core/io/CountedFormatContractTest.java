package io.hyperseed.core.io;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The malformed inputs that every format announcing its own counts shares (the hypergraph, OR-Library and DIMACS
 * families): a file shorter than its counts, a negative count, a count that no file of its size can justify, and an
 * integer beyond 64 bits. Each is rejected with file, line and message; the family contracts add their own kinds.
 */
abstract class CountedFormatContractTest extends ReaderContractTest {

    /**
     * Fewer entries than the counts promise (for hypergraphs, fewer hyperedge lines than the header), or the closest
     * equivalent.
     */
    abstract Malformed truncated();

    abstract Malformed negativeCount();

    /** A count such as {@code 10^12} that no file of this size can justify. */
    abstract Malformed hugeCount();

    /** A number beyond 64 bits. */
    abstract Malformed overflowingInteger();

    @Test
    void rejectsTruncatedFile() throws IOException {
        assertRejected(truncated());
    }

    @Test
    void rejectsNegativeCount() throws IOException {
        assertRejected(negativeCount());
    }

    @Test
    void rejectsHugeCountWithoutAllocating() throws IOException {
        assertRejected(hugeCount());
    }

    @Test
    void rejectsOverflowingInteger() throws IOException {
        assertRejected(overflowingInteger());
    }
}
