package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.eval.Solution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionFilesTest {

    @TempDir
    Path dir;

    private Instance instance;

    @BeforeEach
    void readNamedInstance() throws IOException {
        Path file = dir.resolve("named.txt");
        Files.writeString(file, "? ?\nalpha beta\nbeta 7\n7 alpha gamma\n");
        instance = new BipnnReader().read(file).get(0);
    }

    private Path solution(String content) throws IOException {
        Path file = dir.resolve("solution.txt");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void writesCommentsThenOneLinePerVariableWithTheFileNames() throws IOException {
        boolean[] x = {true, false, true, false};
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("time", "1.5 s");
        Path out = dir.resolve("out/solution.txt");
        SolutionFiles.write(out, instance, Solution.evaluate(instance.problem(), x), comments);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).contains("# instance: named", "# objective: 2", "# feasible: yes", "# time: 1.5 s");
        assertThat(lines.stream().filter(l -> !l.startsWith("#")))
                .containsExactly("7 1", "alpha 0", "beta 1", "gamma 0");
        assertThat(SolutionFiles.read(out, instance.problem())).containsExactly(x);
    }

    @Test
    void readsValuesInAnyOrder() throws IOException {
        Path file = solution("# any\ngamma 1\nalpha 0\n\n7 0\nbeta 1\n");
        assertThat(SolutionFiles.read(file, instance.problem())).containsExactly(false, false, true, true);
    }

    @Test
    void rejectsAnUnknownName() throws IOException {
        Path file = solution("7 1\ndelta 0\n");
        assertThatThrownBy(() -> SolutionFiles.read(file, instance.problem()))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("solution.txt:2")
                .hasMessageContaining("unknown variable (delta)");
    }

    @Test
    void rejectsAMissingVariable() throws IOException {
        Path file = solution("7 1\nalpha 0\nbeta 1\n");
        assertThatThrownBy(() -> SolutionFiles.read(file, instance.problem()))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("lacks 1 of the 4 variables")
                .hasMessageContaining("[gamma]");
    }

    @Test
    void rejectsADuplicate() throws IOException {
        Path file = solution("7 1\nalpha 0\n7 0\n");
        assertThatThrownBy(() -> SolutionFiles.read(file, instance.problem()))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining(":3:")
                .hasMessageContaining("given twice (first on line 1)");
    }

    @Test
    void rejectsAValueOtherThanZeroOrOne() throws IOException {
        Path file = solution("7 2\n");
        assertThatThrownBy(() -> SolutionFiles.read(file, instance.problem()))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("(2) of variable 7 is not 0 or 1");
    }

    @Test
    void rejectsALineWithoutExactlyTwoTokens() throws IOException {
        Path file = solution("7 1 extra\n");
        assertThatThrownBy(() -> SolutionFiles.read(file, instance.problem()))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("expected '<name> <0|1>'");
    }

    @Test
    void refusesASolutionOfTheWrongLength() {
        Solution wrong = new Solution(new boolean[3], 0, 0);
        assertThatThrownBy(() -> SolutionFiles.write(dir.resolve("x"), instance, wrong, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 values");
    }
}
