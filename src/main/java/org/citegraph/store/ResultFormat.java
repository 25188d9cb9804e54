package org.citegraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;

/** The W3C result formats a query's rows can be written in, plus a plain-text table for people. */
public enum ResultFormat {
    CSV("csv", ResultSetLang.RS_CSV),
    TSV("tsv", ResultSetLang.RS_TSV),
    JSON("json", ResultSetLang.RS_JSON),
    XML("xml", ResultSetLang.RS_XML),
    TEXT("text", ResultSetLang.RS_Text);

    private final String label;
    private final Lang lang;

    ResultFormat(String label, Lang lang) {
        this.label = label;
        this.lang = lang;
    }

    public String label() {
        return label;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return lang.getHeaderString();
    }

    public static Optional<ResultFormat> of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(n)).findFirst();
    }
}
