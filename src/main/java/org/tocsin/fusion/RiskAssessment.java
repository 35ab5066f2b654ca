package org.tocsin.fusion;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** A situation's level and score on a day, with the explanation of why. */
public record RiskAssessment(String situation, LocalDate at, RiskLevel level, double score, Explanation explanation) {

    /** A plain-text rendering for a terminal or a log: the level, why, and the evidence behind it. */
    public String toText() {
        Explanation x = explanation;
        StringBuilder b = new StringBuilder();
        line(b, "%s on %s: %s (score %.3f)", situation, at, level, score);
        line(b, "Why: %s", x.levelReason());
        if (!x.factors().isEmpty()) line(b, "Factors (strength × weight = contribution):");
        for (Explanation.FactorEvidence f : x.factors()) {
            line(b, "  %s %s: %.2f × %.2f = %.3f", f.code(), f.name(), f.strength(), f.weight(), f.contribution());
            for (Explanation.IndicatorEvidence i : f.indicators()) {
                line(b, "    %s strength %.2f, mass %.2f from %d independent source%s", i.code(), i.strength(), i.mass(),
                        i.independentSources(), i.independentSources() == 1 ? "" : "s");
                for (Explanation.SourceEvidence s : i.sources()) sourceLine(b, "      ", s);
            }
        }
        Explanation.Combination c = x.combination();
        line(b, "Combination: preparation RF07 %.2f × %s %.2f = %.2f, adds %.3f", c.preparation(), c.partner(),
                c.partnerStrength(), c.strength(), c.bonus());
        Explanation.Mitigation m = x.mitigation();
        if (m.mass() > 0) {
            line(b, "Mitigation: mass %.2f, strength %.2f, removes %.3f", m.mass(), m.strength(), m.reduction());
            for (Explanation.SourceEvidence s : m.sources()) sourceLine(b, "  ", s);
        } else {
            line(b, "Mitigation: none");
        }
        Explanation.Killing k = x.killing();
        line(b, "Killing in the area: %.0f recent deaths, evidence %.2f (corroborated %.2f), strength %.2f%s",
                k.fatalities(), k.evidenceMass(), k.corroboration(), k.strength(), k.underWay() ? ": UNDER WAY" : "");
        for (Explanation.SourceEvidence s : k.sources()) sourceLine(b, "  ", s);
        if (!k.fatalitySignals().isEmpty()) {
            line(b, "  deaths reported: %s", k.fatalitySignals().stream()
                    .map(w -> String.format(Locale.ROOT, "%s %.0f", w.key().id(), w.weight())).collect(Collectors.joining(", ")));
        }
        if (!x.drivers().isEmpty()) line(b, "Driving signals (weight, impact, indicators):");
        for (Explanation.Driver d : x.drivers()) {
            line(b, "  %s (%s) %.2f, %.3f: %s", d.key().id(), d.sourceId(), d.weight(), d.impact(), String.join(" ", d.codes()));
        }
        return b.toString();
    }

    private static void sourceLine(StringBuilder b, String indent, Explanation.SourceEvidence s) {
        String more = s.sourceCount() > s.sources().size() ? " + " + (s.sourceCount() - s.sources().size()) + " more" : "";
        line(b, "%s%s%s: %.2f (%d report%s) %s", indent, String.join(" + ", s.sources()), more, s.contribution(), s.reports(),
                s.reports() == 1 ? "" : "s", s.signals().stream()
                        .map(w -> String.format(Locale.ROOT, "%s %.2f", w.key().id(), w.weight())).collect(Collectors.joining(", ")));
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
