package org.tocsin.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Named policy: <em>which contingents are likely to follow one that leaves</em>. In 1994 Belgium's
 * withdrawal was followed by Bangladesh's, then by Resolution 912; research on troop contributors
 * finds the same contagion (Oestman 2021, cited in the force file: contributors withdraw after other
 * contributors' fatalities and exits). Two rules, each stated in the result:
 * <ol>
 *   <li>a contingent that depends, directly or through others, on what is lost ({@link DependencyGraph});</li>
 *   <li>when contributors leave or the force is cut, a contingent still present whose commitment is
 *       conditional (a {@code conditional_commitment} dependency, e.g. "stays only if the Council
 *       assures it will act").</li>
 * </ol>
 */
public final class FollowTheLeaderPolicy {

    /**
     * A contingent likely to follow, and why.
     *
     * @param research the file's research or doctrine entries that back the rule (e.g. OESTMAN2021)
     */
    public record Follower(String contingent, String reason, List<Dependency> basis, List<String> research, Confidence confidence) {
        public Follower {
            basis = List.copyOf(basis);
            research = List.copyOf(research);
        }
    }

    public List<Follower> followers(ForceModel force, LocalDate day, Set<String> leaving,
                                    List<DependencyGraph.Dependent> dependents, boolean contributorsLeave) {
        List<Follower> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>(leaving);
        for (DependencyGraph.Dependent d : dependents) {
            var c = force.contingent(d.node());
            if (c.isEmpty() || c.get().kind() != ContingentKind.UNIT || !named.add(d.node()) || gone(force, d.node(), day)) continue;
            out.add(new Follower(d.node(), "depends on what is lost: " + d.pathText() + " (" + d.via().type() + ")",
                    List.of(d.via()), List.of(), d.confidence()));
        }
        if (!contributorsLeave) return out;
        List<String> research = force.modelsMentioning("contagion").stream().map(ModelReference::id).toList();
        for (Dependency dep : force.dependencies()) {
            if (dep.kind() != DependencyKind.CONDITIONAL_COMMITMENT) continue;
            var c = force.contingent(dep.from());
            if (c.isEmpty() || c.get().kind() != ContingentKind.UNIT || named.contains(dep.from()) || gone(force, dep.from(), day)) continue;
            named.add(dep.from());
            out.add(new Follower(dep.from(), "commitment is conditional on " + dep.to() + ": " + dep.description(),
                    List.of(dep), research, dep.provenance().confidence()));
        }
        return out;
    }

    /** Already gone that day: its strength is established at zero. */
    private static boolean gone(ForceModel force, String contingent, LocalDate day) {
        return force.strength(contingent, day).flatMap(Reading::established).map(e -> e.high() == 0).orElse(false);
    }
}
