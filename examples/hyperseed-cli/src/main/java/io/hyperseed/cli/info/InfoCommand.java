package io.hyperseed.cli.info;

import io.hyperseed.cli.Converters;
import io.hyperseed.cli.Instances;
import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.io.Format;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hyperseed info FILE}: sizes, degree and hyperedge-size statistics, and term counts. */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Print an instance's sizes, degree and hyperedge-size statistics, and PUBO term counts.")
public final class InfoCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The instance file.")
    private Path file;

    @Option(
            names = "--format",
            paramLabel = "F",
            converter = Converters.FormatConverter.class,
            description = "The file format; detected when absent.")
    private Format format;

    @Override
    public Integer call() throws Exception {
        InstanceInfo.print(Instances.read(file, format), spec.commandLine().getOut());
        return 0;
    }
}
