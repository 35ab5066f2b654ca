package org.tocsin.replay;

import org.tocsin.escalation.EscalationSimulator;
import org.tocsin.fusion.Explanation;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.fusion.RiskTimeline;
import org.tocsin.intake.Signal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a replay as a human-readable timeline: each level change, its date, and the named signals behind it. */
public final class ReplayText {

    private ReplayText() {}

    public static String render(CaseReplay.Result result) {
        CaseFile file = result.caseFile();
        Map<String, Signal> byId = new HashMap<>();
        file.records().forEach(s -> byId.put(s.key().id(), s));
        StringBuilder b = new StringBuilder();
        List<Signal> known = file.inOrderKnown();
        b.append(String.format(Locale.ROOT, "Replay of %s — %s (%s): %d records known from %s to %s%n%n", file.name(),
                file.situation().name(), file.situation().id(), known.size(),
                known.isEmpty() ? "-" : known.getFirst().time().knownOn(), known.isEmpty() ? "-" : known.getLast().time().knownOn()));
        b.append("Risk level\n");
        b.append(String.format(Locale.ROOT, "%-11s %-22s %6s  %s%n", "DATE", "LEVEL", "SCORE", "CAUSED BY"));
        for (RiskTimeline.LevelChange c : result.timeline().changes()) {
            String causes = c.causes().isEmpty() ? "evidence ageing (no new signal that day)"
                    : c.causes().stream().map(x -> String.format(Locale.ROOT, "%s (%s, %+.3f)", x.key().id(), x.sourceId(), x.scoreDelta()))
                    .collect(Collectors.joining(", "));
            b.append(String.format(Locale.ROOT, "%-11s %-22s %6.3f  %s%n", c.on(), c.from() + " → " + c.to(), c.score(), causes));
            b.append("            why: ").append(c.reason()).append('\n');
            for (Explanation.Driver d : c.drivers()) {
                Signal s = byId.get(d.key().id());
                b.append(String.format(Locale.ROOT, "            driver %-8s %-24s %s%n", d.key().id(), shortSource(d, s),
                        s == null ? "" : abbreviate(s.summary(), 90)));
            }
        }
        b.append('\n').append("First reached: ");
        b.append(java.util.Arrays.stream(RiskLevel.values()).filter(l -> l != RiskLevel.NORMAL)
                .map(l -> l + " " + result.firstReached(l).map(Object::toString).orElse("never"))
                .collect(Collectors.joining(", "))).append('\n');
        escalation(b, result.escalation(), byId);
        return b.toString();
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
            .withZone(java.time.ZoneOffset.UTC);

    private static String day(java.time.Instant at) { return at == null ? "-" : DAY.format(at); }

    /** What the escalation policy would have done, beside what was recorded historically. */
    static void escalation(StringBuilder b, EscalationSimulator.Simulation sim, Map<String, Signal> byId) {
        if (sim == null) return;
        b.append("\nAlerts the policy would have raised (deadlines from the default policy; nobody acts in a replay)\n");
        b.append(String.format(Locale.ROOT, "%-11s %-6s %-13s %-10s %s%n", "DATE", "ALERT", "KIND", "SEVERITY", "DELIVERY AND ESCALATION"));
        for (EscalationSimulator.SimulatedAlert a : sim.alerts()) {
            var first = a.rounds() == null || a.rounds().isEmpty() ? null : a.rounds().getFirst();
            String to = first == null ? "nobody resolved" : "level " + first.level() + " " + first.levelName() + ": "
                    + first.delivered().size() + " delivered" + (first.held().isEmpty() ? "" : ", " + first.held().size() + " held");
            b.append(String.format(Locale.ROOT, "%-11s #%-5d %-13s %-10s %s%n", day(a.alert().raisedAt()), a.alert().id(),
                    a.alert().kind().wire(), a.alert().severity(), to));
            if (a.escalations() != null) {
                for (var e : a.escalations()) {
                    b.append(String.format(Locale.ROOT, "%-11s %-6s %-13s %-10s climbed to level %d: %s%n", day(e.at()), "", "", "",
                            e.toLevel(), e.reason()));
                }
            }
            if (a.overdue() != null && !a.overdue().isEmpty()) {
                b.append(String.format(Locale.ROOT, "%-11s %-6s %-13s %-10s at the top and overdue (%s); %d reminders sent%n", "", "", "", "",
                        String.join("; ", a.overdue()), a.reminders()));
            }
        }
        if (!sim.mandateGaps().isEmpty()) {
            b.append("\nMandate gaps (a refusal on mandate grounds goes to the body that can change the mandate)\n");
            for (EscalationSimulator.MandateGap g : sim.mandateGaps()) {
                b.append(String.format(Locale.ROOT, "%-11s request %s refused by %s: alert #%d to all %d members of %s — %d delivered%s%n",
                        day(g.at()), g.request(), g.refusal(), g.alertId(), g.recipients().size(), g.body(), g.delivered().size(),
                        g.held().isEmpty() ? "" : ", held for an explicit override: " + String.join(", ", g.held())));
            }
        }
        if (!sim.held().isEmpty()) {
            b.append("\nDeliveries held for a disclosure conflict (sent only on an explicit, recorded override)\n");
            for (EscalationSimulator.HeldDelivery h : sim.held()) {
                b.append(String.format(Locale.ROOT, "%-11s alert #%d to %s: %s%n", day(h.at()), h.alertId(), h.recipient(), h.warning()));
            }
        }
        if (!sim.requests().isEmpty()) {
            b.append("\nRequests for action: what was recorded historically, beside what the policy required\n");
            for (var r : sim.requests()) {
                b.append(String.format(Locale.ROOT, "%-11s %s \"%s\" (requested by %s)%n", day(r.requestedAt()), r.signal(),
                        abbreviate(r.action(), 70), abbreviate(r.requestedBy() == null ? "-" : r.requestedBy(), 40)));
                if (r.decisions().isEmpty()) b.append("            recorded: no decision in the record\n");
                for (var d : r.decisions()) {
                    Signal ds = d.signal() == null ? null : byId.get(d.signal());
                    b.append(String.format(Locale.ROOT, "            recorded: %s %s%s by %s on %s%s%n", d.outcome().name().toLowerCase(Locale.ROOT),
                            d.ground() == null ? "" : "(" + d.ground() + ")", d.signal() == null ? "" : " [" + d.signal() + "]",
                            ds == null ? d.author() : ds.source(), day(d.decidedAt()),
                            d.marking() == null ? "" : ", marked \"" + d.marking() + "\""));
                    if (org.tocsin.escalation.RequestDecision.OUTSIDE_MANDATE.equals(d.ground())) {
                        sim.mandateGaps().stream().filter(g -> g.request().equals(r.signal())).findFirst().ifPresent(g ->
                                b.append(String.format(Locale.ROOT, "            policy required: the refusal goes to all %d members of %s the same day (%d delivered, %d held)%n",
                                        g.recipients().size(), g.body(), g.delivered().size(), g.held().size())));
                    }
                }
            }
        }
        sim.notes().forEach(n -> b.append("note: ").append(n).append('\n'));
    }

    private static String shortSource(Explanation.Driver d, Signal s) {
        return s == null ? "" : abbreviate(s.sourceId() + " " + s.reliability().name() + s.credibility().grade(), 24);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
