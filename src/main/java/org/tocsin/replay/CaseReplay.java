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

import org.tocsin.escalation.EscalationPolicy;
import org.tocsin.escalation.EscalationSimulator;
import org.tocsin.escalation.SituationDetails;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    /**
     * What a replay shows: the level timeline, the first day each level was reached, and what the
     * escalation policy would have done with those level changes and the case's requests and decisions.
     */
    public record Result(CaseFile caseFile, RiskTimeline timeline, Map<RiskLevel, LocalDate> firstReached,
                         EscalationSimulator.Simulation escalation) {
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
        return new Result(file, timeline, first, simulate(file, ordered, timeline, until));
    }

    /** Runs the escalation policy over the replay: level changes raise alerts, requests and refusals go their way. */
    private static EscalationSimulator.Simulation simulate(CaseFile file, List<Signal> ordered, RiskTimeline timeline, LocalDate until) {
        SituationDetails details = SituationDetails.parse(file.situation().id(), JSON.readTree(file.situation().details()));
        LocalDate start = ordered.isEmpty() ? LocalDate.EPOCH : ordered.getFirst().time().knownOn();
        EscalationSimulator simulator = EscalationSimulator.forCase(details, EscalationPolicy.Defaults.standard(), start);
        List<EscalationSimulator.Event> events = new ArrayList<>();
        for (Signal s : ordered) events.add(new EscalationSimulator.Event.SignalArrived(startOf(s.time().knownOn()), s));
        for (RiskTimeline.LevelChange c : timeline.changes()) {
            // a level change is seen at the end of the day whose signals caused it
            events.add(new EscalationSimulator.Event.LevelChanged(startOf(c.on()).plusSeconds(86_399), c.from().name(), c.to().name(),
                    c.drivers().stream().map(d -> d.key().id()).toList(), c.reason()));
        }
        LocalDate end = until != null ? until : ordered.isEmpty() ? start : ordered.getLast().time().knownOn();
        return simulator.run(events, startOf(end.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) { return day.atStartOfDay(ZoneOffset.UTC).toInstant(); }

    private static final JsonMapper JSON = JsonMapper.builder().build();
}
