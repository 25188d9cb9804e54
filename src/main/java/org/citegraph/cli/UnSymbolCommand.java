package org.citegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.citegraph.model.Diagnostic;
import org.citegraph.un.UnSymbolJson;
import org.citegraph.un.UnSymbolParser;
import org.citegraph.un.UnSymbolResult;
import org.citegraph.un.UnSymbolText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "un-symbol", mixinStandardHelpOptions = true,
        description = {"Decomposes UN document symbols (S/PV.7796, A/RES/73/331, A/47/277-S/24111, ...) by the UN's",
            "symbol grammar: organ, body, session, year, document type, number, suffixes.",
            "Exit 0 when every symbol parsed, 2 when one did not (it is still reported)."})
final class UnSymbolCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--json", description = "Print a JSON array of {symbol, organ, body, session, year, docType, number, suffixes}.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "Symbols (quote those with spaces).")
    List<String> symbols;

    @Override
    public Integer call() {
        List<UnSymbolResult> results = UnSymbolParser.parseAll(symbols);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? UnSymbolJson.toJson(results) : UnSymbolText.format(results));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : UnSymbolText.diagnostics(results)) err.println(d);
        err.flush();
        return results.stream().allMatch(UnSymbolResult::isParsed) ? Main.OK : Main.UNUSABLE_INPUT;
    }
}
