package org.tocsin.cli;

import org.tocsin.tagging.TaggingEvaluation;
import org.tocsin.tagging.TaggingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate-tagging", mixinStandardHelpOptions = true,
        description = {"Measures indicator suggestion from text against annotated case files: suggestions from each",
                "record's summary against its indicators, precision and recall per risk factor."})
class EvaluateTaggingCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files (JSON Lines with summary and indicators).")
    List<Path> files;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        TaggingReport report = TaggingEvaluation.evaluateFiles(files);
        System.out.print(json ? JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n"
                : report.render());
        return 0;
    }
}
