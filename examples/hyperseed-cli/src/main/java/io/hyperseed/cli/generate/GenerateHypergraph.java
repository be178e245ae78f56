package io.hyperseed.cli.generate;

import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.generate.RandomHypergraphs;
import io.hyperseed.core.io.HypergraphWriter;
import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hyperseed generate hypergraph}: a HypOp-like random hypergraph ({@link RandomHypergraphs}), written as
 * hMETIS ({@code .hgr}), HypOp text or, for graphs, rudy.
 */
@Command(
        name = "hypergraph",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "A seeded random hypergraph for max-cut (HypOp-like: mostly small hyperedges).")
public final class GenerateHypergraph implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", required = true, description = "Vertices.")
    private int n;

    @Option(names = "--m", required = true, description = "Hyperedges (distinct).")
    private int m;

    @Option(names = "--min-size", defaultValue = "2", description = "Smallest hyperedge (default: ${DEFAULT-VALUE}).")
    private int minSize;

    @Option(
            names = "--max-size",
            defaultValue = "10",
            description = "Largest hyperedge; 2 gives a graph " + "(default: ${DEFAULT-VALUE}).")
    private int maxSize;

    @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--writer",
            defaultValue = "hmetis",
            description = "hmetis, hypop or rudy (graphs only) " + "(default: ${DEFAULT-VALUE}).")
    private String writer;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Hypergraph graph = RandomHypergraphs.generate(n, m, minSize, maxSize, seed);
        GeneratedFiles.write(
                spec,
                out,
                file -> write(graph, file),
                graph.numVertices() + " vertices, " + graph.numEdges() + " hyperedges, " + graph.numPins()
                        + " pins (seed " + seed + ")");
        return 0;
    }

    private void write(Hypergraph graph, Path file) throws IOException {
        switch (writer.toLowerCase(Locale.ROOT)) {
            case "hmetis" -> HypergraphWriter.writeHmetis(graph, file);
            case "hypop" -> HypergraphWriter.writeHypop(graph, file);
            case "rudy" -> HypergraphWriter.writeRudy(graph, file);
            default ->
                throw new IllegalArgumentException("The writer (" + writer + ") is not one of hmetis, hypop, rudy.");
        }
    }
}
