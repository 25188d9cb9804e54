package org.citegraph.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Whole-dataset summaries (the home page's figures and rankings, the VoID description, the
 * sitemap) computed once per state of the data instead of once per request: on a large store each
 * one counts everything. While serving, the data changes only through the server's own write
 * endpoints ({@link WriteWatchFilter}) or a load its owner announces
 * ({@link CitegraphServer#dataChanged()}); either calls {@link #dataChanged()}, and a summary
 * computed before the last change is computed again.
 */
final class DatasetSummaries {

    private record Entry(long version, Object value) {}

    private final AtomicLong version = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The summary named {@code key} for the current data, computing it with {@code compute} if needed. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = version.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == now) return (T) entry.value();
        T value = compute.get();
        // Keep it only if no write happened meanwhile; a later request computes it again otherwise.
        if (version.get() == now) entries.put(key, new Entry(now, value));
        return value;
    }

    void dataChanged() {
        version.incrementAndGet();
        entries.clear();
    }
}
