package org.citegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.citegraph.evaluate.EvaluationReport;
import org.citegraph.evaluate.GoldEvaluator;
import org.citegraph.model.Article;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extraction of FILE against a gold annotation:",
            "per-field precision, recall and F1, overall F1, work-grouping pairwise F1 and the combined score",
            "(overall x (1 - (1 - grouping) / 2)). Exit 1 when overall F1 is below --min-f1."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin InputOptions input;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "Gold annotation (JSON).")
    Path gold;

    @Option(names = "--min-f1", paramLabel = "X", description = "Fail (exit 1) when overall field F1 or work-grouping F1 is below X.")
    Double minF1;

    @Parameters(paramLabel = "FILE", description = "The article the gold file annotates.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) throw new UserError(gold + ": no such file");
        input.quiet = true;
        Article article = input.convert(List.of(file), spec.commandLine().getErr()).get(0);
        EvaluationReport report;
        try {
            report = new GoldEvaluator().evaluate(gold, article);
        } catch (IOException e) {
            throw new UserError(gold + ": cannot be read as a gold file (" + e.getMessage() + ")");
        }
        spec.commandLine().getOut().print(report.toText());
        spec.commandLine().getOut().flush();
        if (minF1 != null && (report.overallF1() < minF1 || report.workGroupingF1() < minF1)) {
            spec.commandLine().getErr().printf(Locale.ROOT, "citegraph: below --min-f1 %.3f (overall %.4f, grouping %.4f)%n",
                    minF1, report.overallF1(), report.workGroupingF1());
            return 1;
        }
        return 0;
    }
}
