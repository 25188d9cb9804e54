package org.citegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;

/** On the write endpoints: after every request that may have changed the data, the summaries are recomputed. */
final class WriteWatchFilter implements Filter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final DatasetSummaries summaries;

    WriteWatchFilter(DatasetSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && !READS.contains(http.getMethod())) summaries.dataChanged();
        }
    }
}
