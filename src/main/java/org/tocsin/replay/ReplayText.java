package org.tocsin.replay;

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
        return b.toString();
    }

    private static String shortSource(Explanation.Driver d, Signal s) {
        return s == null ? "" : abbreviate(s.sourceId() + " " + s.reliability().name() + s.credibility().grade(), 24);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
