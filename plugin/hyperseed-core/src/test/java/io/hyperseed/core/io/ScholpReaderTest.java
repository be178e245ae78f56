package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScholpReaderTest {

    @TempDir
    Path dir;

    private Path write(String nverts, String simplices) throws IOException {
        Files.writeString(dir.resolve("toy-simplices.txt"), simplices);
        Path file = dir.resolve("toy-nverts.txt");
        Files.writeString(file, nverts);
        return file;
    }

    private void assertRejected(Path file, String fileName, long line, String fragment) {
        assertThatThrownBy(() -> new ScholpReader().read(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(((InstanceFormatException) e).line()).isEqualTo(line));
    }

    @Test
    void readsBothFilesAndDropsSingleVertexHyperedgesLikeHypOp() throws IOException {
        Path file = write("1\n2\n3\n1\n2\n", "1\n1\n2\n2\n3\n4\n5\n4\n5\n");
        Instance instance = new ScholpReader().read(file).get(0);
        Hypergraph g = instance.hypergraph();
        assertThat(instance.name()).isEqualTo("toy");
        assertThat(g.numVertices()).isEqualTo(5);
        assertThat(g.numEdges()).isEqualTo(3);
        assertThat(g.edgeVertices(1)).containsExactly(1, 2, 3);
        assertThat(InstanceFiles.detect(dir.resolve("toy-simplices.txt"))).isEqualTo(Format.SCHOLP);
        assertThat(InstanceFiles.read(dir.resolve("toy-simplices.txt"))
                        .get(0)
                        .hypergraph()
                        .numEdges())
                .isEqualTo(3);
    }

    @Test
    void rejectsSimplicesThatEndInsideAHyperedge() throws IOException {
        assertRejected(write("2\n3\n", "1\n2\n3\n"), "toy-simplices.txt", 4, "ends inside hyperedge 2");
    }

    @Test
    void rejectsMoreSimplicesThanTheSizesAddUpTo() throws IOException {
        assertRejected(write("2\n", "1\n2\n3\n"), "toy-simplices.txt", 3, "more vertex ids than the sizes");
    }

    @Test
    void rejectsANonNumericSize() throws IOException {
        assertRejected(write("2\ntwo\n", "1\n2\n"), "toy-nverts.txt", 2, "found (two)");
    }

    @Test
    void rejectsVertexZero() throws IOException {
        assertRejected(write("2\n", "0\n2\n"), "toy-simplices.txt", 1, "a vertex id (0) is outside 1..");
    }

    @Test
    void rejectsAnEmptySizeFile() throws IOException {
        assertRejected(write("", ""), "toy-nverts.txt", 1, "empty");
    }

    @Test
    void needsTheSiblingFile() throws IOException {
        Path alone = dir.resolve("lonely-nverts.txt");
        Files.writeString(alone, "2\n");
        assertThatThrownBy(() -> new ScholpReader().read(alone))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("lonely-simplices.txt");
    }

    @Test
    void ndcSubstancesHasItsVerticesAndItsHyperedgesOfTwoOrMore() throws IOException {
        Path nverts = SharedData.require("hypop/ndc_substances/NDC-substances-full-nverts.txt");
        long expected = Files.readAllLines(nverts).stream()
                .filter(l -> Integer.parseInt(l.trim()) >= 2)
                .count();
        Hypergraph g = InstanceFiles.readSingle(nverts, null).hypergraph();
        assertThat(g.numVertices()).isEqualTo(5556);
        assertThat(g.numEdges()).isEqualTo((int) expected);
    }
}
