package org.citegraph.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How {@link CitegraphServer} runs. Build with {@link #builder()}; every field has a safe default:
 * port 3030 on the loopback interface, base IRI {@code http://localhost:{port}/}, dataset
 * {@code /citegraph}, read-only, SERVICE refused, 10 s query timeout, 1 MiB request bodies.
 *
 * @param port                 TCP port; 0 picks a free one (see {@link CitegraphServer#port()})
 * @param baseIri              the IRI prefix whose resources this server publishes, ending in "/";
 *                             null means {@code http://localhost:{port}/}. A request for path
 *                             {@code /x/y} is about the IRI {@code baseIri + "x/y"}, so the data can be
 *                             published under a public name behind a reverse proxy
 * @param datasetName          the dataset's path; the query endpoint is {@code {datasetName}/sparql}
 * @param allowUpdate          open SPARQL Update and Graph Store writes, to authenticated users only
 * @param passwordFile         Jetty-format password file ({@code user: password}); required with allowUpdate
 * @param allowedServiceHosts  host names a query may reach with SERVICE; empty refuses SERVICE
 * @param queryTimeout         longest a query may run before it is stopped with an error
 * @param maxRequestBytes      largest request body accepted (larger gets 413)
 * @param loopbackOnly         listen on the loopback interface only (true by default)
 */
public record ServerOptions(
        int port,
        String baseIri,
        String datasetName,
        boolean allowUpdate,
        Path passwordFile,
        Set<String> allowedServiceHosts,
        Duration queryTimeout,
        long maxRequestBytes,
        boolean loopbackOnly) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "/citegraph";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (baseIri != null) baseIri = normaliseBase(baseIri);
        datasetName = normaliseDatasetName(datasetName == null ? DEFAULT_DATASET : datasetName);
        allowedServiceHosts = normaliseHosts(allowedServiceHosts);
        if (queryTimeout == null) queryTimeout = DEFAULT_QUERY_TIMEOUT;
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeout);
        if (maxRequestBytes <= 0) throw new IllegalArgumentException("maximum request size must be positive");
        if (allowUpdate && passwordFile == null)
            throw new IllegalArgumentException("updates need a password file: without one anyone could change the data");
        if (passwordFile != null && !Files.isReadable(passwordFile))
            throw new IllegalArgumentException("cannot read password file " + passwordFile);
    }

    public static ServerOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@link #baseIri()} if set, else the loopback base for {@code actualPort}. */
    public String baseIriFor(int actualPort) {
        return baseIri != null ? baseIri : "http://localhost:" + actualPort + "/";
    }

    private static String normaliseBase(String base) {
        URI uri;
        try {
            uri = URI.create(base.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base IRI is not a valid IRI: " + base, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null)
            throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI, not " + base);
        if (uri.getQuery() != null || uri.getFragment() != null)
            throw new IllegalArgumentException("base IRI must not have a query or fragment: " + base);
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    private static String normaliseDatasetName(String name) {
        String n = name.startsWith("/") ? name : "/" + name;
        if (!n.matches("/[A-Za-z0-9][A-Za-z0-9_.-]*"))
            throw new IllegalArgumentException("dataset name must be one path segment like /citegraph, not " + name);
        return n;
    }

    private static Set<String> normaliseHosts(Set<String> hosts) {
        if (hosts == null) return Set.of();
        TreeSet<String> out = new TreeSet<>();
        for (String host : hosts) {
            String h = host.trim().toLowerCase(Locale.ROOT);
            if (h.isEmpty() || h.contains("/") || h.contains(":") || h.contains("*"))
                throw new IllegalArgumentException("allowed SERVICE host must be a plain host name, not '" + host + "'");
            out.add(h);
        }
        return Set.copyOf(out);
    }

    /** Builder with the defaults described on {@link ServerOptions}. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String baseIri;
        private String datasetName = DEFAULT_DATASET;
        private boolean allowUpdate;
        private Path passwordFile;
        private Set<String> allowedServiceHosts = Set.of();
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private boolean loopbackOnly = true;

        private Builder() {}

        public Builder port(int port) { this.port = port; return this; }
        public Builder baseIri(String baseIri) { this.baseIri = baseIri; return this; }
        public Builder datasetName(String datasetName) { this.datasetName = datasetName; return this; }
        /** Opens SPARQL Update and Graph Store writes to the users listed in {@code passwordFile}. */
        public Builder allowUpdate(Path passwordFile) { this.allowUpdate = true; this.passwordFile = passwordFile; return this; }
        public Builder allowedServiceHosts(Set<String> hosts) { this.allowedServiceHosts = hosts; return this; }
        public Builder queryTimeout(Duration timeout) { this.queryTimeout = timeout; return this; }
        public Builder maxRequestBytes(long bytes) { this.maxRequestBytes = bytes; return this; }
        public Builder loopbackOnly(boolean loopbackOnly) { this.loopbackOnly = loopbackOnly; return this; }

        public ServerOptions build() {
            return new ServerOptions(port, baseIri, datasetName, allowUpdate, passwordFile,
                    allowedServiceHosts, queryTimeout, maxRequestBytes, loopbackOnly);
        }
    }
}
