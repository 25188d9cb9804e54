package org.citegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes bibliography entries in one format. Implementations keep the entries' order. */
public interface Exporter {

    Format format();

    void write(List<BibEntry> entries, Writer out) throws IOException;
}
