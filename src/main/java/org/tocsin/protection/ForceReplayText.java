package org.tocsin.protection;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The protection section of a replay: one line per recorded change, then each assessment in full. */
public final class ForceReplayText {

    private ForceReplayText() {}

    public static String render(ForceBasis basis, List<ForceReplay.HistoricalChange> changes, List<ImpactAssessment> assessed,
                                ProtectionAssumptions assumptions) {
        StringBuilder b = new StringBuilder();
        b.append("Protection capacity (").append(basis.label()).append("): the impact in front of the deciders on the day of each change\n");
        if (changes.isEmpty()) {
            b.append("  The force file records no withdrawal, site left or cut.\n");
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "%-11s %-9s %-26s %-28s %-22s %s%n", "DATE", "FORM", "CHANGE", "PEOPLE EXPOSED",
                "SITES UNGUARDED", "LIKELY TO FOLLOW"));
        for (ImpactAssessment a : assessed) {
            String exposed = a.exposed().isNone() ? "none"
                    : a.exposed().people().text() + " " + a.exposed().confidence().map(Confidence::wire).orElse("");
            b.append(String.format(Locale.ROOT, "%-11s %-9s %-26s %-28s %-22s %s%n", a.on(), a.form().wire(),
                    ImpactText.abbreviate(a.change().text(), 26), exposed,
                    a.sitesUnguarded().isEmpty() ? "none" : String.join(", ", a.sitesUnguarded()),
                    a.likelyToFollow().isEmpty() ? "none" : a.likelyToFollow().stream()
                            .map(FollowTheLeaderPolicy.Follower::contingent).collect(Collectors.joining(", "))));
        }
        for (int i = 0; i < assessed.size(); i++) {
            b.append('\n');
            ForceReplay.HistoricalChange c = changes.get(i);
            b.append("Recorded: ").append(c.events().stream()
                    .map(e -> e.date().text() + (e.time().isEmpty() ? "" : " " + e.time()) + " " + e.type()
                            + (e.site().map(s -> " " + s).orElse("")) + ": " + ImpactText.abbreviate(e.description(), 110)
                            + " [" + e.provenance().text() + "]")
                    .collect(Collectors.joining("\n          "))).append('\n');
            b.append(ImpactText.render(assessed.get(i), false));
        }
        b.append('\n');
        ImpactText.assumptions(b, assumptions.statements());
        return b.toString();
    }
}
