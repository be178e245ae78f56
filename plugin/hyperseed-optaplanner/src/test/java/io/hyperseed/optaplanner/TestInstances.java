package io.hyperseed.optaplanner;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import java.nio.file.Path;

/** Wraps test problems as {@link Instance}s, the way the core readers would. */
final class TestInstances {

    private TestInstances() {}

    static Instance program(PuboProblem problem) {
        return new Instance(problem.name(), Path.of(problem.name() + ".pubo"), Format.PUBO, problem, null);
    }

    static Instance maxCut(Hypergraph graph, String name) {
        return new Instance(name, Path.of(name + ".hgr"), Format.HMETIS, MaxCut.compact(graph, name), graph);
    }
}
