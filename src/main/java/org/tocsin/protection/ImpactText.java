package org.tocsin.protection;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an {@link ImpactAssessment} as plain text for the people who must decide. */
public final class ImpactText {

    private ImpactText() {}

    public static String render(ImpactAssessment a) {
        return render(a, true);
    }

    /** With or without the list of assumptions (a replay prints them once for all its assessments). */
    public static String render(ImpactAssessment a, boolean withAssumptions) {
        StringBuilder b = new StringBuilder();
        b.append("Protection impact of ").append(a.form().noun()).append(" on ").append(a.on()).append(": ")
                .append(a.change().text()).append('\n');
        b.append("  Situation ").append(a.basis().situation()).append(", ").append(a.basis().label());
        if (!a.basis().title().isEmpty()) b.append(" (").append(abbreviate(a.basis().title(), 80)).append(')');
        b.append('\n');
        b.append("  Force on ").append(a.on()).append(": ").append(a.forceBefore().text()).append('\n');
        b.append("  Force after: ").append(a.forceAfter().map(Estimate::text).orElse("not established")).append('\n');
        b.append('\n');

        List<SiteImpact> lost = a.sitesWith(SiteOutcome.LOSES_GUARD);
        b.append("  Sites that lose their guard (").append(lost.size()).append(")").append(lost.isEmpty() ? ": none" : ":").append('\n');
        lost.forEach(s -> site(b, s));
        b.append("  People exposed: ").append(a.exposed().text()).append('\n');
        a.coverage().ifPresent(c -> b.append("    (low: optimistic case, value: central case, high: pessimistic case)\n"));
        List<SiteImpact> atRisk = a.sitesWith(SiteOutcome.AT_RISK);
        if (!atRisk.isEmpty()) {
            b.append("  Sites at risk (").append(atRisk.size()).append("):\n");
            atRisk.forEach(s -> site(b, s));
            if (!a.atRiskIfFollowed().isNone()) {
                b.append("  People exposed if the likely followers leave too: ").append(a.atRiskIfFollowed().text()).append('\n');
            }
        }
        List<SiteImpact> kept = a.sitesWith(SiteOutcome.KEEPS_GUARD);
        b.append("  Still protected (").append(kept.size()).append(")").append(kept.isEmpty() ? ": none" : ":").append('\n');
        kept.forEach(s -> site(b, s));
        a.coverage().ifPresent(c -> coverage(b, c));
        b.append('\n');

        b.append("  Depends on what is lost:").append(a.dependents().isEmpty() ? " nothing in the file\n" : "\n");
        for (DependencyGraph.Dependent d : a.dependents()) {
            b.append("    ").append(d.pathText()).append("  (").append(d.via().type()).append(", ").append(d.confidence().wire())
                    .append("; ").append(String.join(", ", d.via().provenance().sources())).append(")\n");
            if (!d.via().description().isEmpty()) b.append("      ").append(abbreviate(d.via().description(), 110)).append('\n');
        }
        b.append("  Dependent contingents likely to follow:").append(a.likelyToFollow().isEmpty() ? " none\n" : "\n");
        for (FollowTheLeaderPolicy.Follower f : a.likelyToFollow()) {
            b.append("    ").append(f.contingent()).append(" (").append(f.confidence().wire()).append("; ")
                    .append(f.basis().stream().flatMap(d -> d.provenance().sources().stream()).distinct().collect(Collectors.joining(", ")))
                    .append(")").append(f.research().isEmpty() ? "" : " — research: " + String.join(", ", f.research())).append('\n');
            b.append("      ").append(abbreviate(f.reason(), 140)).append('\n');
        }
        if (!a.pressures().isEmpty()) {
            b.append("  Pressures on the contingents concerned:\n");
            a.pressures().forEach(d -> b.append("    ").append(d.text()).append(": ").append(abbreviate(d.description(), 100)).append('\n'));
        }
        if (!a.mitigations().isEmpty()) {
            b.append("  Mitigations:\n");
            a.mitigations().forEach(d -> b.append("    ").append(d.text()).append(": ").append(abbreviate(d.description(), 100)).append('\n'));
        }
        if (!a.notes().isEmpty()) {
            b.append("  Notes:\n");
            a.notes().forEach(n -> b.append("    - ").append(n).append('\n'));
        }
        if (withAssumptions) assumptions(b, a.assumptions());
        return b.toString();
    }

    static void assumptions(StringBuilder b, List<String> assumptions) {
        b.append("  Assumptions:\n");
        assumptions.forEach(s -> b.append("    - ").append(s).append('\n'));
    }

    private static void site(StringBuilder b, SiteImpact s) {
        b.append("    ").append(s.site()).append(" — ").append(s.name()).append('\n');
        b.append("      people sheltered: ").append(s.people().text());
        List<String> sources = s.people().sources();
        if (!sources.isEmpty()) b.append(" [").append(String.join(", ", sources)).append(']');
        b.append('\n');
        if (s.people() instanceof Reading.Established e) e.notes().forEach(n -> b.append("        ").append(abbreviate(n, 120)).append('\n'));
        if (s.people() instanceof Reading.NotEstablished n) n.notes().forEach(x -> b.append("        ").append(abbreviate(x, 120)).append('\n'));
        for (Guard g : s.guards()) b.append("      guard: ").append(abbreviate(g.text(), 120)).append('\n');
        b.append("      why: ").append(s.reason()).append('\n');
    }

    private static void coverage(StringBuilder b, CutCoverage c) {
        b.append("  Under the cut to ").append(Estimate.number(c.targetStrength())).append(": ")
                .append(Estimate.number(c.guardStrength().low())).append("–").append(Estimate.number(c.guardStrength().high()))
                .append(" troops free to guard sites (central ").append(Estimate.number(c.guardStrength().value())).append(")\n");
        b.append(String.format(Locale.ROOT, "    %-16s %-16s %-16s %-16s%n", "SITE", "PESSIMISTIC", "CENTRAL", "OPTIMISTIC"));
        for (CutCoverage.SiteCover s : c.sites()) {
            b.append(String.format(Locale.ROOT, "    %-16s %-16s %-16s %-16s%n", s.site(), share(s.pessimistic()), share(s.central()),
                    share(s.optimistic())));
        }
        b.append("    (troops given/needed; a site is held with at least ").append(c.minimumDetachment())
                .append(", thinly when given fewer than it needs)\n");
    }

    private static String share(CutCoverage.Share s) {
        return s.allocated() + "/" + s.required() + (s.held() ? (s.thin() ? " thin" : " held") : " lost");
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
