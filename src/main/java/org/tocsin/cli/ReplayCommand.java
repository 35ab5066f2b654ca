package org.tocsin.cli;

import org.tocsin.decision.DueReplay;
import org.tocsin.decision.DueReplayText;
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.replay.CaseFile;
import org.tocsin.replay.CaseReplay;
import org.tocsin.replay.ReplayText;
import org.tocsin.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Runs a historical case file through Tocsin's engine on a simulated clock and prints",
                "what it would have shown, and when: each level change with the signals that caused it.",
                "In memory: nothing is written to any store. The situation file beside the case is used when present."})
class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A case file (JSON Lines), e.g. ../shared/cases/rwanda-1993-1994.jsonl")
    Path file;

    @Option(names = "--format", defaultValue = "case", description = "Input format (only 'case' for now).")
    String format;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("case")) {
            System.err.println("replay: only --format case is supported");
            return 2;
        }
        Taxonomy taxonomy = Taxonomy.framework();
        CaseReplay.Result result = new CaseReplay(taxonomy, FusionParameters.defaults(), CountryNames.standard())
                .run(CaseFile.read(file, taxonomy));
        // when a determination (serious risk of genocide, genocide, …) would have fallen due
        DueReplay.Result due = DueReplay.standard(taxonomy, FusionParameters.defaults(), CountryNames.standard())
                .run(result.caseFile().situation(), result.caseFile().inOrderKnown(), result.timeline());
        if (json) {
            var out = new java.util.LinkedHashMap<String, Object>();
            out.put("case", result.caseFile().name());
            out.put("situation", result.caseFile().situation().id());
            out.put("first_reached", result.firstReached());
            out.put("level_changes", result.timeline().changes());
            out.put("escalation", result.escalation());
            out.put("determinations_due", due.due());
            var force = org.tocsin.protection.ForceReplay.besideCase(file);
            if (force.isPresent()) {
                out.put("protection", org.tocsin.protection.ForceReplay.read(force.get()).all().stream()
                        .map(org.tocsin.protection.ImpactJson::of).toList());
            }
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
            System.out.print(ReplayText.render(result));
            System.out.print("\n" + DueReplayText.render(due));
            org.tocsin.protection.ForceReplay.sectionFor(file).ifPresent(section -> System.out.print("\n" + section));
        }
        return 0;
    }
}
