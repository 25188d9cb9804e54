package org.citegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.citegraph.model.Article;
import org.citegraph.rdf.ArticleMapper;
import org.citegraph.server.CitegraphServer;
import org.citegraph.server.ServerOptions;
import org.citegraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Converts articles (default: the bundled sample), loads them into an embedded Fuseki",
            "and serves the SPARQL endpoint, linked-data pages and a query page until Ctrl-C.",
            "Read-only unless --allow-update; SERVICE refused unless --allow-service."})
final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files (default: the bundled sample).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Keep the data in a TDB2 database in DIR (default: in memory).")
    Path tdb;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the published resources (default: http://localhost:PORT/).")
    String base;

    @Option(names = "--allow-update", paramLabel = "PASSWORD_FILE",
            description = "Open SPARQL Update and Graph Store writes to the users in PASSWORD_FILE (lines 'user: password').")
    Path passwordFile;

    @Option(names = "--allow-service", arity = "1..*", paramLabel = "HOST", description = "Hosts that SERVICE clauses may query.")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 10;

    @Option(names = "--public", description = "Listen on every network interface, not only loopback.")
    boolean listenOnAllInterfaces;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerOptions options = options();
        List<Article> articles = files.isEmpty() ? List.of(input.convertBundledSample(err)) : input.convert(files, err);

        GraphStore store;
        try {
            store = tdb == null ? GraphStore.inMemory() : GraphStore.onDisk(createDirectory(tdb));
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new UserError(tdb + ": the database is in use by another process (" + e.getMessage() + ")");
        }
        CitegraphServer server = CitegraphServer.create(store.dataset(), options);
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            throw new UserError("cannot start the server on port " + port + ": " + rootMessage(e), Main.INTERNAL_ERROR);
        }
        // IRIs are minted under the server's own base, so every IRI in the data resolves on it.
        GraphStore loader = store.withMapper(new ArticleMapper(Bases.minter(server.baseIri())));
        loader.loadAll(articles);
        server.dataChanged();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "citegraph-shutdown"));
        out.printf("citegraph: %d article(s), %d statements%n", articles.size(), store.size());
        out.println("citegraph: SPARQL endpoint " + server.sparqlUrl());
        out.println("citegraph: SPARQL editor " + server.localUrl() + "ui/");
        out.println("citegraph: browse " + server.localUrl() + "   (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    private ServerOptions options() {
        try {
            ServerOptions.Builder b = ServerOptions.builder()
                    .port(port)
                    .baseIri(base)
                    .allowedServiceHosts(new LinkedHashSet<>(serviceHosts))
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .loopbackOnly(!listenOnAllInterfaces);
            if (passwordFile != null) {
                if (!Files.isReadable(passwordFile)) throw new UserError(passwordFile + ": cannot read the password file");
                b.allowUpdate(passwordFile);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Path createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UserError(dir + ": cannot create the database directory (" + e.getMessage() + ")");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
