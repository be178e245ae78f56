package io.hyperseed.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line: Hyperseed's version (from the jar manifest when packaged) and the JVM. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Hyperseed.class.getPackage().getImplementationVersion();
        return new String[] {
            "hyperseed " + (version == null ? "(development build)" : version),
            "JVM: " + System.getProperty("java.vm.name") + " " + Runtime.version()
        };
    }
}
