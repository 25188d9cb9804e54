package org.citegraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code citegraph} command. Exit codes: 0 done (warnings allowed), 1 internal error,
 * 2 unusable input or usage error. Errors are one line naming what and where; stack traces only
 * with {@code --debug}.
 */
@Command(name = "citegraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a scholarly article and everything it cites into a linked-data knowledge graph.",
        subcommands = {
            ConvertCommand.class, ServeCommand.class, QueryCommand.class, EvaluateCommand.class, UnSymbolCommand.class, ValidateCommand.class, ExportCommand.class, LinkCommand.class,
            
            CommandLine.HelpCommand.class })
public final class Main {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int UNUSABLE_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError u) {
                err.println("citegraph: " + u.getMessage());
                return u.exitCode();
            }
            err.println("citegraph: internal error: " + e);
            if (debug) e.printStackTrace(err);
            else err.println("(run again with --debug for the stack trace)");
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("citegraph: " + e.getMessage());
            e.getCommandLine().usage(err);
            return UNUSABLE_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
