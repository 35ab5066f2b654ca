package org.tocsin.protection;

import org.tocsin.common.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the impact of a proposed change on protection, on one day, from one version of the force:
 * pure, deterministic, no clock and no store. The rules it applies are named policies
 * ({@link GuardPolicy}, {@link FollowTheLeaderPolicy}, the allocation in {@link CutCoverage}); the
 * numbers it assumes are {@link ProtectionAssumptions}, stated in every assessment.
 */
public final class ImpactAssessor {

    private final ProtectionAssumptions assumptions;
    private final GuardPolicy guards;
    private final FollowTheLeaderPolicy follow = new FollowTheLeaderPolicy();

    public ImpactAssessor(ProtectionAssumptions assumptions) {
        this.assumptions = assumptions;
        this.guards = new GuardPolicy(assumptions.minimumDetachment());
    }

    public ProtectionAssumptions assumptions() { return assumptions; }

    /** Whether the change refers to something in this force; the error names the request field. */
    public Optional<FieldError> check(ForceModel force, ProposedChange change) {
        return switch (change) {
            case ProposedChange.Withdrawal w -> switch (force.contingent(w.contingent()).map(Contingent::kind).orElse(null)) {
                case null -> Optional.of(new FieldError("contingent", "names no contingent in the force"));
                case UNIT -> Optional.empty();
                case MISSION_TOTAL, GROUPING -> Optional.of(new FieldError("contingent",
                        "is the mission's total or a grouping, not a unit that can withdraw (propose a force_cut instead)"));
            };
            case ProposedChange.SiteLeft s -> force.site(s.site()).isPresent() ? Optional.empty()
                    : Optional.of(new FieldError("site", "names no protected site in the force"));
            case ProposedChange.ForceCut _ -> Optional.empty();
        };
    }

    public ImpactAssessment assess(ForceModel force, ForceBasis basis, ProposedChange change, ChangeForm form, LocalDate on) {
        check(force, change).ifPresent(e -> {
            throw new IllegalArgumentException(e.field() + " " + e.reason());
        });
        ForceStrength before = force.strengthOn(on);
        List<String> notes = new ArrayList<>();
        if (force.missionTotal().isPresent() && before.how().startsWith(force.missionTotal().get().id())) {
            notes.add("Cross-check, the units that day: " + force.unitsOn(on).text());
        }
        List<Site> guarded = force.sites().stream().filter(s -> guards.on(force, s, on, Set.of()).mayHold()).toList();
        return switch (change) {
            case ProposedChange.Withdrawal w -> withdrawal(force, basis, w, form, on, before, guarded, notes);
            case ProposedChange.SiteLeft s -> siteLeft(force, basis, s, form, on, before, guarded, notes);
            case ProposedChange.ForceCut c -> cut(force, basis, c, form, on, before, guarded, notes);
        };
    }

    private ImpactAssessment withdrawal(ForceModel force, ForceBasis basis, ProposedChange.Withdrawal w, ChangeForm form,
                                        LocalDate on, ForceStrength before, List<Site> guarded, List<String> notes) {
        Set<String> gone = Set.of(w.contingent());
        List<DependencyGraph.Dependent> dependents = withoutSites(force, force.graph().dependentsOf(gone));
        List<FollowTheLeaderPolicy.Follower> followers = follow.followers(force, on, gone, dependents, true);
        Set<String> goneIfFollowed = new HashSet<>(gone);
        followers.forEach(f -> goneIfFollowed.add(f.contingent()));
        List<SiteImpact> sites = new ArrayList<>();
        for (Site s : guarded) {
            List<Guard> onRecord = force.guardsOn(s, on);
            Reading people = s.peopleOn(on);
            GuardPolicy.Status after = guards.on(force, s, on, gone);
            if (!after.mayHold()) {
                sites.add(new SiteImpact(s.id(), s.name(), SiteOutcome.LOSES_GUARD, onRecord, people, after.reason()));
            } else if (!guards.on(force, s, on, goneIfFollowed).mayHold()) {
                sites.add(new SiteImpact(s.id(), s.name(), SiteOutcome.AT_RISK, onRecord, people,
                        "its guard is likely to follow: " + guards.on(force, s, on, goneIfFollowed).reason()));
            } else {
                sites.add(new SiteImpact(s.id(), s.name(), SiteOutcome.KEEPS_GUARD, onRecord, people, after.reason()));
            }
        }
        Optional<Estimate> after = Optional.empty();
        Reading leaving = force.strength(w.contingent(), on).orElseThrow();
        if (leaving instanceof Reading.Established e && before.estimate().isPresent()) {
            after = Optional.of(before.estimate().get().minus(e.estimate()));
        } else {
            notes.add("The strength of " + w.contingent() + " on " + on + " is " + leaving.text()
                    + ": the force after its withdrawal is not computed.");
        }
        notes.addFirst(w.contingent() + " on " + on + ": " + leaving.text() + sources(leaving));
        List<Dependency> mitigations = force.dependencies().stream()
                .filter(d -> d.kind() == DependencyKind.MITIGATION && d.to().equals(w.contingent())).toList();
        return new ImpactAssessment(basis, on, w, form, before, after, sites, Exposure.of(sitesWith(sites, SiteOutcome.LOSES_GUARD)),
                Exposure.of(sitesWith(sites, SiteOutcome.AT_RISK)), dependents, followers, pressuresOn(force, gone), mitigations,
                Optional.empty(), assumptions.statements(), notes);
    }

    private ImpactAssessment siteLeft(ForceModel force, ForceBasis basis, ProposedChange.SiteLeft left, ChangeForm form,
                                      LocalDate on, ForceStrength before, List<Site> guarded, List<String> notes) {
        Site site = force.site(left.site()).orElseThrow();
        List<SiteImpact> sites = new ArrayList<>();
        Set<String> guardContingents = new LinkedHashSet<>();
        GuardPolicy.Status status = guards.on(force, site, on, Set.of());
        if (!status.mayHold()) {
            notes.add(site.id() + " has no guard on record on " + on + " (" + status.reason() + "): leaving it changes no protection on record.");
        }
        for (Site s : guarded) {
            List<Guard> onRecord = force.guardsOn(s, on);
            if (s.id().equals(site.id())) {
                onRecord.forEach(g -> g.contingent().ifPresent(guardContingents::add));
                String by = onRecord.stream().map(g -> g.by().text()).reduce((a, b) -> a + "; " + b).orElse("");
                sites.add(new SiteImpact(s.id(), s.name(), SiteOutcome.LOSES_GUARD, onRecord, s.peopleOn(on),
                        "its guard (" + by + ") leaves the site"));
                onRecord.stream().flatMap(g -> g.troops().stream()).findFirst().ifPresent(t ->
                        notes.add("The guard's troops (" + t.text() + ") move elsewhere: the force is not reduced, the site is unprotected."));
            } else {
                sites.add(new SiteImpact(s.id(), s.name(), SiteOutcome.KEEPS_GUARD, onRecord, s.peopleOn(on),
                        guards.on(force, s, on, Set.of()).reason()));
            }
        }
        List<DependencyGraph.Dependent> dependents = withoutSites(force, force.graph().dependentsOf(Set.of(site.id())));
        List<FollowTheLeaderPolicy.Follower> followers = follow.followers(force, on, Set.of(), dependents, false);
        return new ImpactAssessment(basis, on, left, form, before, before.estimate(), sites,
                Exposure.of(sitesWith(sites, SiteOutcome.LOSES_GUARD)), Exposure.NONE, dependents, followers,
                pressuresOn(force, guardContingents), List.of(), Optional.empty(), assumptions.statements(), notes);
    }

    private ImpactAssessment cut(ForceModel force, ForceBasis basis, ProposedChange.ForceCut cut, ChangeForm form,
                                 LocalDate on, ForceStrength before, List<Site> guarded, List<String> notes) {
        long n = cut.targetStrength();
        if (before.estimate().isPresent() && before.estimate().get().value() <= n) {
            notes.add("The force on " + on + " is already " + before.estimate().get().text() + ", not above " + Estimate.number(n) + ": this is not a cut.");
        }
        Estimate guardStrength = new Estimate(assumptions.guardStrength(n, assumptions.guardSharePercentLow()),
                assumptions.guardStrength(n, assumptions.guardSharePercentCentral()),
                assumptions.guardStrength(n, assumptions.guardSharePercentHigh()));
        List<Site> ranked = guarded.stream().sorted(Comparator.comparingLong((Site s) ->
                s.peopleOn(on).established().map(Estimate::value).orElse(-1L)).reversed()).toList();
        List<CutCoverage.Share> pessimistic = allocate(ranked, on, guardStrength.low(), Case.PESSIMISTIC);
        List<CutCoverage.Share> central = allocate(ranked, on, guardStrength.value(), Case.CENTRAL);
        List<CutCoverage.Share> optimistic = allocate(ranked, on, guardStrength.high(), Case.OPTIMISTIC);
        List<CutCoverage.SiteCover> covers = new ArrayList<>();
        List<SiteImpact> sites = new ArrayList<>();
        long exposedLow = 0, exposedValue = 0, exposedHigh = 0;
        Confidence weakest = Confidence.HIGH;
        List<String> exposedSites = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Site s = ranked.get(i);
            CutCoverage.SiteCover cover = new CutCoverage.SiteCover(s.id(), pessimistic.get(i), central.get(i), optimistic.get(i));
            covers.add(cover);
            Reading people = s.peopleOn(on);
            SiteOutcome outcome = cover.pessimistic().held() ? SiteOutcome.KEEPS_GUARD
                    : cover.optimistic().held() ? SiteOutcome.AT_RISK : SiteOutcome.LOSES_GUARD;
            sites.add(new SiteImpact(s.id(), s.name(), outcome, force.guardsOn(s, on), people, coverReason(cover)));
            if (!cover.pessimistic().held()) {
                exposedSites.add(s.id());
                switch (people) {
                    case Reading.Established e -> {
                        Estimate p = e.estimate();
                        exposedHigh += p.high();
                        if (!cover.central().held()) exposedValue += p.value();
                        if (!cover.optimistic().held()) exposedLow += p.low();
                        weakest = weakest.weakest(e.confidence());
                    }
                    case Reading.NotEstablished ne -> {
                        unknown.add(s.id());
                        weakest = weakest.weakest(ne.confidence());
                    }
                    case Reading.NoFigure _ -> {
                        unknown.add(s.id());
                        weakest = weakest.weakest(Confidence.UNCONFIRMED);
                    }
                }
            }
        }
        Exposure exposure = exposedSites.isEmpty() ? Exposure.NONE
                : new Exposure(new Estimate(exposedLow, exposedValue, exposedHigh), Optional.of(weakest), exposedSites, unknown);
        if (ranked.stream().anyMatch(s -> s.peopleOn(on).established().isEmpty())) {
            notes.add("Sites without an established figure for people sheltered are ranked last and need the minimum detachment.");
        }
        notes.add("A cut names no contingent: what depends on the units that leave shows when their withdrawals are assessed.");
        List<FollowTheLeaderPolicy.Follower> followers = follow.followers(force, on, Set.of(), List.of(), true);
        return new ImpactAssessment(basis, on, cut, form, before, Optional.of(Estimate.exactly(n)), sites, exposure, Exposure.NONE,
                List.of(), followers, List.of(), List.of(), Optional.of(new CutCoverage(n, guardStrength, assumptions.minimumDetachment(), covers)),
                assumptions.statements(), notes);
    }

    private enum Case { PESSIMISTIC, CENTRAL, OPTIMISTIC }

    /** Gives each site, most people first, what it needs or what is left; held with at least the minimum detachment. */
    private List<CutCoverage.Share> allocate(List<Site> ranked, LocalDate on, long available, Case c) {
        List<CutCoverage.Share> out = new ArrayList<>();
        long remaining = available;
        for (Site s : ranked) {
            long people = s.peopleOn(on).established().map(e -> switch (c) {
                case PESSIMISTIC -> e.high();
                case CENTRAL -> e.value();
                case OPTIMISTIC -> e.low();
            }).orElse(0L);
            long required = assumptions.requirement(people);
            long given = Math.min(required, remaining);
            remaining -= given;
            out.add(new CutCoverage.Share(required, given, given >= assumptions.minimumDetachment()));
        }
        return out;
    }

    private static String coverReason(CutCoverage.SiteCover c) {
        if (c.pessimistic().held()) {
            return "held in every case" + (c.pessimistic().thin()
                    ? ", thinly in the pessimistic one (" + c.pessimistic().allocated() + " of " + c.pessimistic().required() + " troops)" : "");
        }
        if (c.central().held()) return "held in the central and optimistic cases, not in the pessimistic one";
        if (c.optimistic().held()) return "held only in the optimistic case";
        return "not held in any case: the remaining strength is taken by sites with more people";
    }

    private static List<SiteImpact> sitesWith(List<SiteImpact> sites, SiteOutcome outcome) {
        return sites.stream().filter(s -> s.outcome() == outcome).toList();
    }

    /** Sites are reported by the guard rules; the dependency list shows everything else. */
    private static List<DependencyGraph.Dependent> withoutSites(ForceModel force, List<DependencyGraph.Dependent> all) {
        return all.stream().filter(d -> force.site(d.node()).isEmpty()).toList();
    }

    /** Competing priorities and conditions on the contingents concerned: why they may leave. */
    private static List<Dependency> pressuresOn(ForceModel force, Set<String> contingents) {
        return force.dependencies().stream().filter(d -> contingents.contains(d.from())
                && (d.kind() == DependencyKind.COMPETING_PRIORITY || d.kind() == DependencyKind.CONDITIONAL_COMMITMENT)).toList();
    }

    private static String sources(Reading r) {
        List<String> s = r.sources();
        return s.isEmpty() ? "" : " [" + String.join(", ", s) + "]";
    }
}
