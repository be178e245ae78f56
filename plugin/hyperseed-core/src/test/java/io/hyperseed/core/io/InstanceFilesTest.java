package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceFilesTest {

    private static final String BQP = " 2\n 2 1\n 1 2 3\n 2 1\n 1 1 -1\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @ParameterizedTest
    @CsvSource({"a.hgr, HMETIS", "a.cnf, DIMACS_CNF", "a.WCNF, DIMACS_WCNF", "a.pubo, PUBO"})
    void detectsByExtensionFirst(String name, Format expected) throws IOException {
        assertThat(InstanceFiles.detect(file(name, "whatever\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            c x\\np cnf 2 1\\n1 2 0\\n         | DIMACS_CNF
            p wcnf 2 1 5\\n5 1 2 0\\n          | DIMACS_WCNF
            # toy\\npubo min\\nobjective: a\\n  | PUBO
             2\\n 2 1\\n 1 2 3\\n 2 1\\n 1 1 -1\\n | ORLIB_BQP
             1\\n 2 1 0\\n 1 1\\n 1 1\\n 1\\n   | ORLIB_MKNAP
            4 3\\n1 2 1\\n2 3 -1\\n3 4 1\\n   | RUDY
            4 3\\n1 2 1\\n2 3 1\\n3 4 1\\n    | RUDY
            5 3\\n1 2 3\\n2 4\\n4 5 1\\n      | HYPOP
            ? ?\\n1 2\\n2 3\\n                | BIPNN
            3 ?\\n1 2\\n2 3\\n2 1\\n          | BIPNN
            3 9\\n1 7\\n2 3\\n2 1\\n          | BIPNN
            0 1 2\\n2 3\\n                    | BIPNN
            2 3\\nalpha beta\\ngamma beta\\n  | BIPNN
            """)
    void detectsByContentWhereUnambiguous(String content, Format expected) throws IOException {
        assertThat(InstanceFiles.detect(file("instance.txt", content.replace("\\n", "\n"))))
                .isEqualTo(expected);
    }

    @Test
    void asksForFormatWhenTheContentIsAmbiguous() throws IOException {
        Path file = file("square.txt", "3 3\n1 2 3\n2 3\n1 3\n");
        assertThatThrownBy(() -> InstanceFiles.detect(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("square.txt")
                .hasMessageContaining("--format")
                .hasMessageContaining("hmetis, hypop, bipnn, rudy, bqp, mknap, cnf, wcnf, pubo");
    }

    @Test
    void asksForFormatForAnHmetisHeaderInATxtFile() throws IOException {
        Path file = file("weighted.txt", "2 3 1\n5 1 2\n7 2 3\n");
        assertThatThrownBy(() -> InstanceFiles.detect(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("hMETIS header 'm n fmt'")
                .hasMessageContaining("--format");
        assertThat(InstanceFiles.read(file, Format.HMETIS).get(0).hypergraph().totalEdgeWeight())
                .isEqualTo(12.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a.wcnf | p wcnf 1 2\\n1e308 1 0\\n1e308 1 0\\n
            b.txt  |  1\\n 2 2\\n 1 2 1e308\\n 1 2 1e308\\n
            c.txt  | 2 2\\n1 2 1e308\\n1 2 1e308\\n
            d.pubo | pubo min\\nobjective: 1e308 a + 1e308 a\\n
            """)
    void rejectsValuesWhoseSumsOverflow(String name, String content) throws IOException {
        Path file = file(name, content.replace("\\n", "\n"));
        assertThatThrownBy(() -> InstanceFiles.read(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("overflow");
    }

    @Test
    void readsWithAForcedFormat() throws IOException {
        Path file = file("square.txt", "3 3\n1 2 3\n2 3\n1 3\n");
        assertThat(InstanceFiles.read(file, Format.HYPOP).get(0).hypergraph().numEdges())
                .isEqualTo(3);
        assertThat(InstanceFiles.readSingle(file, Format.HMETIS).format()).isEqualTo(Format.HMETIS);
    }

    @Test
    void refusesAMultiInstanceFileWithoutSelector() throws IOException {
        Path file = file("bqp2.txt", BQP);
        assertThatThrownBy(() -> InstanceFiles.readSingle(file, null))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("holds 2 instances")
                .hasMessageContaining("bqp2.txt#1");
    }

    @Test
    void selectsTheKthInstanceWithAHashSuffix() throws IOException {
        file("bqp2.txt", BQP);
        Instance second = InstanceFiles.readSingle(dir.resolve("bqp2.txt#2"), null);
        assertThat(second.name()).isEqualTo("bqp2-2");
        assertThat(second.problem().objectiveValue(new boolean[] {true, true})).isEqualTo(-1.0);
    }

    @Test
    void rejectsASelectorOutOfRange() throws IOException {
        file("bqp2.txt", BQP);
        assertThatThrownBy(() -> InstanceFiles.readSingle(dir.resolve("bqp2.txt#3"), null))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("(#3) is outside 1..2");
        assertThatThrownBy(() -> InstanceFiles.readSingle(dir.resolve("bqp2.txt#x"), null))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("not a positive number");
    }

    @Test
    void rejectsAnEmptyFileWhenDetecting() throws IOException {
        Path file = file("empty.txt", "");
        assertThatThrownBy(() -> InstanceFiles.read(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void passesOnTheJdkErrorForAMissingFile() {
        assertThatThrownBy(() -> InstanceFiles.read(dir.resolve("missing.txt")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void hasAReaderForEveryFormat() {
        for (Format format : Format.values()) {
            assertThat(InstanceFiles.reader(format).format()).isEqualTo(format);
        }
    }
}
