package org.tocsin.web.console;

import org.tocsin.escalation.AlertDecision;
import org.tocsin.escalation.EscalationSimulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The replay's alerts as they stood on the day shown: raised by then, with the escalations, delivery
 * rounds and decisions up to that day only, so that moving the slider shows them unfold. The
 * simulation is the one `tocsin replay` prints (EscalationSimulator: the service's own rules).
 */
record ReplayAlerts(List<Item> items, int mandateGaps) {

    record Step(LocalDate on, String what) {}

    record Item(long id, String kind, String severity, LocalDate raised, String explanation, String levelName, int level,
                List<Step> steps, boolean decided) {
        public String anchor() { return "replay-alert-" + id; }
    }

    static ReplayAlerts asOf(EscalationSimulator.Simulation sim, LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Item> items = new ArrayList<>();
        for (EscalationSimulator.SimulatedAlert s : sim.alerts()) {
            var a = s.alert();
            if (!a.raisedAt().isBefore(end)) continue;
            List<Step> steps = new ArrayList<>();
            String levelName = null;
            int level = 0;
            for (var r : s.rounds()) {
                if (!r.at().isBefore(end)) continue;
                levelName = r.levelName();
                level = r.level();
                steps.add(new Step(day(r.at()), "delivered to " + String.join(", ", r.delivered())
                        + (r.held().isEmpty() ? "" : "; held from " + String.join(", ", r.heldIds())) + " (" + r.reason() + ")"));
            }
            for (var e : s.escalations()) {
                if (!e.at().isBefore(end)) continue;
                steps.add(new Step(day(e.at()), "escalated from level " + e.fromLevel() + " to " + e.toLevel() + ": " + e.reason()));
            }
            boolean decided = false;
            for (AlertDecision d : a.decisions()) {
                if (!d.decidedAt().isBefore(end)) continue;
                decided = true;
                steps.add(new Step(day(d.decidedAt()), "decided by " + d.author() + ": " + d.outcome().name().toLowerCase(java.util.Locale.ROOT)
                        + (d.ground() == null ? "" : " (ground: " + d.ground() + ")") + " — " + d.rationale()));
            }
            steps.sort(Comparator.comparing(Step::on));
            String explanation = a.explanation().length() > 300 ? a.explanation().substring(0, 300) + "…" : a.explanation();
            items.add(new Item(a.id(), a.kind().wire(), a.severity().name().toLowerCase(java.util.Locale.ROOT), day(a.raisedAt()),
                    explanation, levelName, level, steps, decided));
        }
        items.sort(Comparator.comparing(Item::raised).reversed());
        int gaps = (int) sim.mandateGaps().stream().filter(g -> g.at().isBefore(end)).count();
        return new ReplayAlerts(items, gaps);
    }

    /** The moments to mark on the chart: each alert raised and each decision taken, linked to its entry below the chart. */
    static List<RiskChart.Moment> moments(EscalationSimulator.Simulation sim) {
        List<RiskChart.Moment> out = new ArrayList<>();
        for (var s : sim.alerts()) {
            var a = s.alert();
            out.add(new RiskChart.Moment(RiskChart.Marker.Kind.ALERT, day(a.raisedAt()), a.id(), null, "#replay-alert-" + a.id()));
            for (AlertDecision d : a.decisions()) {
                out.add(new RiskChart.Moment(RiskChart.Marker.Kind.DECISION, day(d.decidedAt()), a.id(),
                        d.outcome().name().toLowerCase(java.util.Locale.ROOT), "#replay-alert-" + a.id()));
            }
        }
        return out;
    }

    private static LocalDate day(Instant at) { return at.atZone(ZoneOffset.UTC).toLocalDate(); }
}
