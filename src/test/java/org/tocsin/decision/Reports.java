package org.tocsin.decision;

import org.tocsin.fusion.Evidence;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.Locality;
import org.tocsin.fusion.RiskAssessment;
import org.tocsin.fusion.SituationRisk;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SignalKey;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Object mother for prompting tests: graded reports in a synthetic situation and what the engine makes of them. */
final class Reports {

    static final LocalDate DAY0 = LocalDate.of(2030, 1, 1);
    static final Taxonomy TAXONOMY = Taxonomy.framework();

    private final String situation;
    private final List<Evidence> evidence = new ArrayList<>();

    private Reports(String situation) { this.situation = situation; }

    static Reports reports() { return new Reports(Findings.SITUATION); }

    static Reports reportsIn(String situation) { return new Reports(situation); }

    /** A report from {@code source}, graded like "B2", on day {@code day}, carrying {@code codes}. */
    Reports report(String id, String source, String grade, int day, String... codes) {
        evidence.add(new Evidence(new SignalKey(situation, id), source, List.of(),
                Reliability.parse(grade.substring(0, 1)).orElseThrow(), Credibility.parse(grade.substring(1)).orElseThrow(),
                DAY0.plusDays(day), 0, new TreeSet<>(Arrays.asList(codes)), false, null, false, Locality.INSIDE));
        return this;
    }

    List<Evidence> evidence() { return List.copyOf(evidence); }

    /** The engine's assessment on the day of the last report. */
    RiskAssessment assessed() {
        SituationRisk risk = SituationRisk.of(situation, TAXONOMY, FusionParameters.defaults(), evidence);
        return risk.assess(risk.latestKnownOn());
    }
}
