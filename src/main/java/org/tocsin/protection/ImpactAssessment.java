package org.tocsin.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a proposed change does to protection, worked out before anyone decides: which sites lose their
 * guard, how many sheltered people that exposes (a range, with the confidence of the figures), what
 * depends on what leaves and who is likely to follow, and what the remaining force can still
 * protect — with the model's assumptions stated. Pure data; {@link #toText} renders it for people.
 *
 * @param forceBefore      the whole force on the day, as the file has it
 * @param forceAfter       the force once the change is made, when it can be established
 * @param sites            every site with a guard on record that day, and what happens to it
 * @param exposed          people at the sites that lose their guard (under a cut: low from the optimistic
 *                         case, value from the central, high from the pessimistic)
 * @param atRiskIfFollowed people at sites whose guard is likely to follow (withdrawals)
 * @param dependents       what depends, transitively, on what is lost
 * @param likelyToFollow   contingents likely to follow, with the rule that flags each
 * @param pressures        competing pulls on the contingent leaving a site (e.g. national evacuations)
 * @param mitigations      what softens the loss (materiel left behind)
 * @param coverage         the allocation under a force cut
 * @param notes            anything the reader must know to read the numbers right
 */
public record ImpactAssessment(ForceBasis basis, LocalDate on, ProposedChange change, ChangeForm form,
                               ForceStrength forceBefore, Optional<Estimate> forceAfter, List<SiteImpact> sites,
                               Exposure exposed, Exposure atRiskIfFollowed, List<DependencyGraph.Dependent> dependents,
                               List<FollowTheLeaderPolicy.Follower> likelyToFollow, List<Dependency> pressures,
                               List<Dependency> mitigations, Optional<CutCoverage> coverage, List<String> assumptions,
                               List<String> notes) {

    public ImpactAssessment {
        sites = List.copyOf(sites);
        dependents = List.copyOf(dependents);
        likelyToFollow = List.copyOf(likelyToFollow);
        pressures = List.copyOf(pressures);
        mitigations = List.copyOf(mitigations);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    public List<SiteImpact> sitesWith(SiteOutcome outcome) {
        return sites.stream().filter(s -> s.outcome() == outcome).toList();
    }

    /** The ids of the sites that lose their guard. */
    public List<String> sitesUnguarded() {
        return sitesWith(SiteOutcome.LOSES_GUARD).stream().map(SiteImpact::site).toList();
    }

    /** Whether the change leaves at least one protected site without its guard. */
    public boolean leavesProtectedSites() {
        return !sitesUnguarded().isEmpty();
    }

    public String toText() {
        return ImpactText.render(this);
    }
}
