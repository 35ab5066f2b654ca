package org.tocsin.replay;

import org.tocsin.common.TocsinException;
import org.tocsin.fusion.RiskLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the engine over a library of case files (a folder with {@code manifest.json}): per case,
 * the first day each level was reached and the lead time from the first CRITICAL to the onset of
 * mass killing; per negative control, whether it ever reached CRITICAL (a false alarm).
 */
public final class Evaluation {

    /** Warning this many days ahead counts as timely. */
    public static final int TIMELY_DAYS = 30;

    public record CaseOutcome(String caseName, String title, boolean control, LocalDate onset,
                              Map<RiskLevel, LocalDate> firstReached, Long leadDays, boolean falseAlarm, int records) {}

    public record Summary(int cases, int controls, int warnedAtLeast30DaysAhead, int warnedAtAll, Double medianLeadDays,
                          int falseAlarms) {}

    public record Report(List<CaseOutcome> cases, Summary summary) {}

    private final CaseReplay replay;
    private final org.tocsin.taxonomy.Taxonomy taxonomy;

    public Evaluation(CaseReplay replay, org.tocsin.taxonomy.Taxonomy taxonomy) {
        this.replay = replay;
        this.taxonomy = taxonomy;
    }

    public Report run(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.json");
        if (!Files.exists(manifest)) throw new TocsinException(dir + " has no manifest.json (see cases/FORMAT.md)");
        JsonNode entries = JsonMapper.builder().build().readTree(manifest.toFile());
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (JsonNode entry : entries) {
            String name = entry.path("case").asString();
            Path file = dir.resolve(name + ".jsonl");
            if (!Files.exists(file)) throw new TocsinException("manifest names " + name + " but " + file + " is missing");
            boolean control = entry.path("control").asBoolean(false);
            LocalDate onset = entry.path("onset").isString() ? LocalDate.parse(entry.path("onset").asString()) : null;
            CaseReplay.Result result = replay.run(CaseFile.read(file, taxonomy));
            Map<RiskLevel, LocalDate> first = new EnumMap<>(RiskLevel.class);
            for (RiskLevel level : RiskLevel.values()) result.firstReached(level).ifPresent(d -> first.put(level, d));
            LocalDate critical = first.get(RiskLevel.CRITICAL);
            Long lead = onset != null && critical != null ? ChronoUnit.DAYS.between(critical, onset) : null;
            boolean falseAlarm = control && critical != null;
            outcomes.add(new CaseOutcome(name, entry.path("title").asString(name), control, onset, first, lead, falseAlarm,
                    result.caseFile().records().size()));
        }
        return new Report(outcomes, summarise(outcomes));
    }

    static Summary summarise(List<CaseOutcome> outcomes) {
        List<Long> leads = outcomes.stream().filter(o -> !o.control() && o.leadDays() != null && o.leadDays() >= 0)
                .map(CaseOutcome::leadDays).sorted().toList();
        Double median = leads.isEmpty() ? null : leads.size() % 2 == 1 ? (double) leads.get(leads.size() / 2)
                : (leads.get(leads.size() / 2 - 1) + leads.get(leads.size() / 2)) / 2.0;
        int cases = (int) outcomes.stream().filter(o -> !o.control()).count();
        return new Summary(cases, outcomes.size() - cases,
                (int) leads.stream().filter(l -> l >= TIMELY_DAYS).count(), leads.size(), median,
                (int) outcomes.stream().filter(CaseOutcome::falseAlarm).count());
    }

    public static String render(Report report) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-24s %-8s %-11s %-11s %-11s %-11s %-11s %-11s %s%n", "CASE", "TYPE", "ONSET",
                "ELEVATED", "HIGH", "CRITICAL", "EMERGENCY", "LEAD(days)", "FALSE ALARM"));
        for (CaseOutcome o : report.cases()) {
            b.append(String.format(Locale.ROOT, "%-24s %-8s %-11s %-11s %-11s %-11s %-11s %-11s %s%n", o.caseName(),
                    o.control() ? "control" : "case", o.onset() == null ? "-" : o.onset(),
                    date(o, RiskLevel.ELEVATED), date(o, RiskLevel.HIGH), date(o, RiskLevel.CRITICAL),
                    date(o, RiskLevel.EMERGENCY), o.leadDays() == null ? "-" : o.leadDays(), o.control() ? (o.falseAlarm() ? "yes" : "no") : "-"));
        }
        Summary s = report.summary();
        b.append(String.format(Locale.ROOT, "%nSummary: %d cases, %d controls; warned (CRITICAL before onset) in %d, at least %d days ahead in %d; "
                        + "median lead time %s days; false alarms %d of %d controls%n", s.cases(), s.controls(), s.warnedAtAll(),
                TIMELY_DAYS, s.warnedAtLeast30DaysAhead(), s.medianLeadDays() == null ? "-" : String.format(Locale.ROOT, "%.0f", s.medianLeadDays()),
                s.falseAlarms(), s.controls()));
        return b.toString();
    }

    private static String date(CaseOutcome o, RiskLevel level) {
        LocalDate d = o.firstReached().get(level);
        return d == null ? "-" : d.toString();
    }
}
