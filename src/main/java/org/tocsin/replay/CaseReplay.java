package org.tocsin.replay;

import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.Evidence;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.fusion.RiskTimeline;
import org.tocsin.fusion.SituationArea;
import org.tocsin.fusion.SituationRisk;
import org.tocsin.intake.Signal;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a case file through the same fusion engine the service uses, on a simulated clock: records
 * arrive in the order they became known, and the situation is assessed each day something arrives
 * and every day in between (so levels can fall as evidence ages). Only the indicator codes in the
 * case file count, as they would for a submitter-supplied signal.
 */
public final class CaseReplay {

    private final Taxonomy taxonomy;
    private final FusionParameters parameters;
    private final CountryNames countries;

    public CaseReplay(Taxonomy taxonomy, FusionParameters parameters, CountryNames countries) {
        this.taxonomy = taxonomy;
        this.parameters = parameters;
        this.countries = countries;
    }

    /** What a replay shows: the level timeline and the first day each level was reached. */
    public record Result(CaseFile caseFile, RiskTimeline timeline, Map<RiskLevel, LocalDate> firstReached) {
        public Optional<LocalDate> firstReached(RiskLevel level) {
            return firstReached.entrySet().stream().filter(e -> e.getKey().isAtLeast(level))
                    .map(Map.Entry::getValue).min(LocalDate::compareTo);
        }
    }

    public Result run(CaseFile file) {
        SituationArea area = SituationArea.of(file.situation(), countries);
        List<Signal> ordered = file.inOrderKnown();
        List<Evidence> evidence = ordered.stream().map(s -> area.evidence(s, Set.copyOf(s.indicators()))).toList();
        SituationRisk risk = new SituationRisk(file.situation().id(), taxonomy, parameters);
        LocalDate until = file.situation().watchTo();
        RiskTimeline timeline = RiskTimeline.replayDaily(risk, evidence, until);
        Map<RiskLevel, LocalDate> first = new EnumMap<>(RiskLevel.class);
        for (RiskTimeline.Point p : timeline.points()) first.putIfAbsent(p.level(), p.on());
        return new Result(file, timeline, first);
    }
}
