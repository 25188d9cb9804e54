package org.citegraph.cli;

import picocli.CommandLine.Option;

/** Mixed into every command: {@code --debug} shows stack traces of internal errors. */
final class DebugOption {

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;
}
