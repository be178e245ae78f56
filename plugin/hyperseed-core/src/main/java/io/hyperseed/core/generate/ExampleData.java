package io.hyperseed.core.generate;

import static io.hyperseed.core.model.Literal.positive;

import io.hyperseed.core.io.HypergraphWriter;
import io.hyperseed.core.io.PuboWriter;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the small example files of the project's {@code data/examples/} folder, all from fixed seeds, so that a
 * test can regenerate them and check that the committed files have not drifted:
 * <pre>
 * java -cp plugin/hyperseed-core/target/classes io.hyperseed.core.generate.ExampleData data/examples
 * </pre>
 */
public final class ExampleData {

    /** The seed of every generated example. */
    public static final long SEED = 2025L;

    /** The files written, relative to the target folder. */
    public static final List<String> FILES =
            List.of("seed-toy.pubo", "random-program-30.pubo", "random-hypergraph-200-400.hgr", "tiny-graph.txt");

    private ExampleData() {}

    /** Writes every example into {@code args[0]} (default {@code data/examples}). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "data/examples");
        writeAll(target);
        System.out.println("Wrote " + FILES + " to " + target.toAbsolutePath().normalize());
    }

    /** Writes every file of {@link #FILES} into {@code folder}. */
    public static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        PuboWriter.write(seedToy(), folder.resolve("seed-toy.pubo"));
        PuboWriter.write(
                RandomPrograms.generate(RandomPrograms.Spec.of(30), SEED).problem(),
                folder.resolve("random-program-30.pubo"));
        HypergraphWriter.writeHmetis(
                RandomHypergraphs.generate(200, 400, 2, 10, SEED), folder.resolve("random-hypergraph-200-400.hgr"));
        HypergraphWriter.writeRudy(RandomHypergraphs.graph(8, 12, SEED), folder.resolve("tiny-graph.txt"));
    }

    /**
     * The BIPNN seed notebook's toy program (arXiv 2505.20997): minimise {@code -x1 - 0.8451 x1 x2 + x3 x4 + 2 x4}
     * s.t. {@code 2 x1 + 1.7183 x2 + 3 x1 x3 <= 4}; the optimum is {@code [1, 1, 0, 0]} with value {@code -1.8451}.
     */
    public static PuboProblem seedToy() {
        Polynomial objective = Polynomial.builder(4)
                .addTerm(-1.0, positive(0))
                .addTerm(-0.8451, positive(0), positive(1))
                .addTerm(1.0, positive(2), positive(3))
                .addTerm(2.0, positive(3))
                .build();
        Polynomial lhs = Polynomial.builder(4)
                .addTerm(2.0, positive(0))
                .addTerm(1.7183, positive(1))
                .addTerm(3.0, positive(0), positive(2))
                .build();
        return PuboProblem.builder(4, Sense.MINIMIZE)
                .name("seed-toy")
                .variableNames(new String[] {"x1", "x2", "x3", "x4"})
                .objective(objective)
                .addConstraint(new PolynomialConstraint("c1", lhs, Relation.LESS_OR_EQUAL, 4.0))
                .build();
    }
}
