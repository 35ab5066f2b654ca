package org.tocsin.cli;

import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.replay.CaseReplay;
import org.tocsin.replay.Evaluation;
import org.tocsin.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Replays every case of a folder (with manifest.json) and reports, per case, when each level was",
                "first reached and the lead time from the first CRITICAL to the onset of mass killing; for negative",
                "controls, whether they ever reached CRITICAL (a false alarm)."})
class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of case files with manifest.json, e.g. ../shared/cases")
    Path dir;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Taxonomy taxonomy = Taxonomy.framework();
        Evaluation evaluation = new Evaluation(new CaseReplay(taxonomy, FusionParameters.defaults(), CountryNames.standard()), taxonomy);
        Evaluation.Report report = evaluation.run(dir);
        System.out.print(json ? JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n"
                : Evaluation.render(report));
        return 0;
    }
}
