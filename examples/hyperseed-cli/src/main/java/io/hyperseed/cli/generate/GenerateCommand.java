package io.hyperseed.cli.generate;

import picocli.CommandLine.Command;

/**
 * {@code hyperseed generate (hypergraph|program)}: seeded random instances from the core generators, so that a
 * benchmark can be repeated on any size without downloading data.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate seeded random instances (hypergraphs for max-cut, constrained 0-1 programs, "
                + "planted k-SAT).",
        subcommands = {GenerateHypergraph.class, GenerateProgram.class, GenerateSat.class})
public final class GenerateCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "Missing what to generate. Maybe \"hyperseed generate hypergraph --n 1000 --m 1500 --out h.hgr\"?");
    }
}
