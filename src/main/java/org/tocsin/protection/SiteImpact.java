package org.tocsin.protection;

import java.util.List;

/**
 * One protected site under a change: what happens to its guard, who guarded it, how many people shelter
 * there (with range, confidence and sources), and why.
 */
public record SiteImpact(String site, String name, SiteOutcome outcome, List<Guard> guards, Reading people, String reason) {
    public SiteImpact {
        guards = List.copyOf(guards);
    }
}
