package org.tocsin.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A situation's ordered escalation levels, lowest first; the last is the top (in the default
 * policy, every member of the body that mandates the mission). {@code explicit} tells a policy set
 * through the API from one built from defaults.
 */
public record EscalationPolicy(List<PolicyLevel> levels, boolean explicit) {

    public EscalationPolicy {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) throw new IllegalArgumentException("a policy needs at least one level");
    }

    public int top() { return levels.size() - 1; }

    /** The level at that index, or the top when the policy has fewer levels (a policy shortened later). */
    public PolicyLevel level(int index) { return levels.get(Math.min(Math.max(index, 0), top())); }

    /** Defaults for a policy built when a situation has none set. */
    public record Defaults(List<String> positions, Duration acknowledgeWithin, Duration decideWithin, Duration renotifyEvery) {
        public Defaults {
            positions = List.copyOf(positions);
        }

        public static Defaults standard() {
            return new Defaults(List.of("mission-analyst", "head-of-mission", "headquarters-desk", "under-secretary"),
                    Duration.ofHours(2), Duration.ofHours(24), Duration.ofHours(1));
        }
    }

    /**
     * The default policy: one level per configured position, in order, then every member of the body
     * that mandates the mission (from the situation file, when it names one).
     */
    public static EscalationPolicy defaultFor(SituationDetails details, Defaults defaults, java.time.LocalDate on) {
        List<PolicyLevel> levels = new ArrayList<>();
        for (String p : defaults.positions()) {
            levels.add(new PolicyLevel(p, List.of(new RecipientRef.ToPosition(p)), defaults.acknowledgeWithin(),
                    defaults.decideWithin(), defaults.renotifyEvery()));
        }
        details.mandates().inForceOn(on).map(Mandate::mandatingBody).or(() -> details.bodies().stream().findFirst().map(b -> b.id()))
                .ifPresent(body -> levels.add(new PolicyLevel(body, List.of(new RecipientRef.ToGroup(body)),
                        defaults.acknowledgeWithin(), defaults.decideWithin(), defaults.renotifyEvery())));
        if (levels.isEmpty()) throw new IllegalArgumentException("default policy has no positions and the situation no body");
        return new EscalationPolicy(levels, false);
    }
}
