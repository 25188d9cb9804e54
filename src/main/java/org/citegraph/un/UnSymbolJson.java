package org.citegraph.un;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.citegraph.model.UnSymbol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON output of {@code citegraph un-symbol --json}: an array with one object per input, in input order,
 * with exactly the keys of the examples file's decomposition: {@code symbol, organ, body, session, year,
 * docType, number, suffixes}; {@code year} is a number, absent parts are null, {@code suffixes} an array.
 *
 * <p>A text that is not a symbol still gets its object (nothing is dropped): {@code symbol} holds the
 * text as given and every other key is null ({@code organ} is null exactly for such objects). Why it
 * failed, and every repair warning, goes to {@link UnSymbolText#diagnostics} for standard error.
 */
public final class UnSymbolJson {

    /** The keys, in output order. */
    public static final List<String> KEYS =
            List.of("symbol", "organ", "body", "session", "year", "docType", "number", "suffixes");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UnSymbolJson() {
    }

    /** The object for one result. */
    public static ObjectNode toNode(UnSymbolResult result) {
        if (result instanceof UnSymbolResult.Parsed parsed) {
            return toNode(parsed.symbol());
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("symbol", result.input().strip());
        for (String key : KEYS.subList(1, KEYS.size() - 1)) {
            node.putNull(key);
        }
        node.putArray("suffixes");
        return node;
    }

    /** The object for one parsed symbol. */
    public static ObjectNode toNode(UnSymbol symbol) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("symbol", symbol.symbol());
        node.put("organ", symbol.organ());
        node.put("body", symbol.body());
        node.put("session", symbol.session());
        node.put("year", symbol.year());
        node.put("docType", symbol.docType());
        node.put("number", symbol.number());
        ArrayNode suffixes = node.putArray("suffixes");
        symbol.suffixes().forEach(suffixes::add);
        return node;
    }

    /** The whole array, pretty-printed (two-space indent, one key per line), ending with a newline. */
    public static String toJson(List<? extends UnSymbolResult> results) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(results, out);
        return out.toString();
    }

    public static void write(List<? extends UnSymbolResult> results, Writer out) {
        ArrayNode array = MAPPER.createArrayNode();
        results.forEach(r -> array.add(toNode(r)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
            generator.setPrettyPrinter(printer);
            MAPPER.writeTree(generator, array);
            generator.flush();
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the UN symbol JSON", e);
        }
    }
}
