package org.citegraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the pandoc executable, a real consumer of CSL-JSON and BibTeX, from tests. */
public final class Pandoc {

    private Pandoc() {
    }

    /** True when a pandoc with citeproc (2.11 or later) is on the PATH. */
    public static boolean available() {
        try {
            String version = run(null, "--version");
            return version.startsWith("pandoc") && !version.startsWith("pandoc 1.") && !version.matches("(?s)pandoc 2\\.(\\d|10)\\b.*");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs pandoc with the arguments in {@code dir}; returns stdout, throws with stderr on failure. */
    public static String run(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("pandoc"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (dir != null) builder.directory(dir.toFile());
        Process process = builder.start();
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("pandoc timed out");
            }
            if (process.exitValue() != 0) {
                throw new IOException("pandoc " + args[0] + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
