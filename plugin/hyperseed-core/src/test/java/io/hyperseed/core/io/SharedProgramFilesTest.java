package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads every OR-Library BQP / MKNAP file and every SATLIB CNF file of the shared data and checks them against
 * their tables: instance counts and sizes, the value of every shipped witness, and the optimum of the small
 * knapsacks by enumeration. Skipped where the data folder is absent.
 */
class SharedProgramFilesTest {

    private static boolean[] bits(String zeroOne) {
        boolean[] x = new boolean[zeroOne.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = zeroOne.charAt(i) == '1';
        }
        return x;
    }

    /** A row of a data folder's {@code best_known.csv} and the instances of the file that it names. */
    private record ListedRow(Map<String, String> row, List<Instance> instancesOfFile) {

        /** The instance of this row: number {@code index_in_file} (1-based) of its file. */
        Instance instance() {
            return instancesOfFile.get(Integer.parseInt(row.get("index_in_file")) - 1);
        }
    }

    /**
     * The rows of {@code best_known.csv} in shared data folder {@code folderName} whose file is there, each with the
     * instances of its file; every such file is read once and must be detected as {@code format}, and at least one
     * must be there.
     */
    private static List<ListedRow> listedRows(String folderName, Format format) throws IOException {
        Path folder = SharedData.require(folderName);
        CsvTable table = CsvTable.read(folder.resolve("best_known.csv"));
        Map<String, List<Instance>> byFile = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            String file = row.get("file");
            Path path = folder.resolve(file);
            if (Files.exists(path) && !byFile.containsKey(file)) {
                assertThat(InstanceFiles.detect(path)).as(file).isEqualTo(format);
                byFile.put(file, InstanceFiles.read(path));
            }
        }
        assertThat(byFile).isNotEmpty();
        List<ListedRow> listed = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            List<Instance> instances = byFile.get(row.get("file"));
            if (instances != null) {
                listed.add(new ListedRow(row, instances));
            }
        }
        return listed;
    }

    @Test
    void everyBqpInstanceHasItsSizeAndListedEntries() throws IOException {
        for (ListedRow listed : listedRows("orlib_bqp", Format.ORLIB_BQP)) {
            Map<String, String> row = listed.row();
            assertThat(listed.instancesOfFile()).hasSize(10);
            Instance instance = listed.instance();
            assertThat(instance.name()).isEqualTo(row.get("instance"));
            assertThat(instance.problem().numVariables()).isEqualTo(Integer.parseInt(row.get("n")));
            assertThat(instance.problem().objective().numTerms())
                    .as(instance.name())
                    .isEqualTo(Integer.parseInt(row.get("nonzeros_listed")));
        }
    }

    @Test
    void bqpWitnessesReachTheirListedValue() throws IOException {
        Path folder = SharedData.require("orlib_bqp");
        CsvTable witnesses = CsvTable.read(folder.resolve("witness_solutions.csv"));
        int checked = 0;
        for (Map<String, String> row : witnesses.rows()) {
            String name = row.get("instance");
            Path file = folder.resolve(name.substring(0, name.indexOf('-')) + ".txt");
            if (!Files.exists(file)) {
                continue;
            }
            Instance instance = InstanceFiles.readSingle(
                    file.resolveSibling(file.getFileName() + "#" + name.substring(name.indexOf('-') + 1)), null);
            assertThat(instance.problem().objectiveValue(bits(row.get("x_bits_1_to_n"))))
                    .as(name)
                    .isEqualTo(Double.parseDouble(row.get("objective_xQx")));
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyMknapInstanceHasItsSizeAndSmallOnesTheirOptimum() throws IOException {
        for (ListedRow listed : listedRows("orlib_mknap", Format.ORLIB_MKNAP)) {
            Map<String, String> row = listed.row();
            PuboProblem problem = listed.instance().problem();
            assertThat(problem.numVariables()).isEqualTo(Integer.parseInt(row.get("n_items")));
            assertThat(problem.constraints()).hasSize(Integer.parseInt(row.get("m_constraints")));
            if (problem.numVariables() <= 15) {
                assertThat(BruteForce.solve(problem).objective())
                        .as(row.get("instance"))
                        .isCloseTo(Double.parseDouble(row.get("best_known_max")), offset(1e-6));
            }
        }
    }

    @Test
    void everySatlibFileHasItsClausesAndItsWitnessOptimum() throws IOException {
        Path folder = SharedData.require("satlib_3sat");
        CsvTable table = CsvTable.read(folder.resolve("maxsat_optima.csv"));
        int checked = 0;
        for (Map<String, String> row : table.rows()) {
            Path file = folder.resolve(row.get("file"));
            if (!Files.exists(file)) {
                continue;
            }
            assertThat(InstanceFiles.detect(file)).isEqualTo(Format.DIMACS_CNF);
            PuboProblem problem = InstanceFiles.readSingle(file, null).problem();
            assertThat(problem.numVariables()).isEqualTo(Integer.parseInt(row.get("num_vars")));
            // every clause adds its weight 1 to the constant of 1 - prod(1 - l)
            assertThat(problem.objective().constant()).isEqualTo(Double.parseDouble(row.get("num_clauses")));
            assertThat(problem.objectiveValue(bits(row.get("witness_assignment_var1_to_n"))))
                    .as(file.toString())
                    .isEqualTo(Double.parseDouble(row.get("max_satisfied_clauses")));
            checked++;
        }
        assertThat(checked).isPositive();
    }
}
