package io.hyperseed.core.io;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem instance read from a file: its name, source, format, the {@link PuboProblem} to solve and, for
 * max-cut instances, the {@link Hypergraph} it came from (solvers with a dedicated max-cut model use it).
 *
 * @param name the instance name (file base name, or {@code file#k} for the k-th instance of a multi-instance file)
 * @param source the file it was read from
 * @param format the format it was read as
 * @param problem the problem to solve
 * @param hypergraph the max-cut hypergraph, or null for other problem families
 */
public record Instance(String name, Path source, Format format, PuboProblem problem, Hypergraph hypergraph) {

    public Instance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(problem, "problem");
    }

    /** The max-cut hypergraph, when this is a max-cut instance. */
    public Optional<Hypergraph> maxCutHypergraph() {
        return Optional.ofNullable(hypergraph);
    }

    /** True for max-cut instances (graph or hypergraph). */
    public boolean isMaxCut() {
        return hypergraph != null;
    }
}
