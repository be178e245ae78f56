package io.hyperseed.core.io;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The contract of the DIMACS readers (CNF, WCNF): clauses may span lines, a SATLIB {@code %} ends the data, and
 * every kind of malformed input is rejected with file, line and message.
 */
abstract class DimacsReaderContractTest extends CountedFormatContractTest {

    abstract Malformed unterminatedClause();

    abstract Malformed nonNumericLiteral();

    abstract Malformed literalOutOfRange();

    abstract Malformed tooManyClauses();

    abstract Malformed wrongProblemLine();

    /** CNF: no {@code p} line; WCNF: a non-finite clause weight. */
    abstract Malformed badClauseStart();

    @Test
    void rejectsUnterminatedClause() throws IOException {
        assertRejected(unterminatedClause());
    }

    @Test
    void rejectsNonNumericLiteral() throws IOException {
        assertRejected(nonNumericLiteral());
    }

    @Test
    void rejectsLiteralOutOfRange() throws IOException {
        assertRejected(literalOutOfRange());
    }

    @Test
    void rejectsTooManyClauses() throws IOException {
        assertRejected(tooManyClauses());
    }

    @Test
    void rejectsWrongProblemLine() throws IOException {
        assertRejected(wrongProblemLine());
    }

    @Test
    void rejectsBadClauseStart() throws IOException {
        assertRejected(badClauseStart());
    }
}
