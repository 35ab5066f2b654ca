package org.tocsin.protection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.protection.ForceMother.day;
import static org.tocsin.protection.ForceMother.dependency;
import static org.tocsin.protection.ForceMother.describedGuard;
import static org.tocsin.protection.ForceMother.figure;
import static org.tocsin.protection.ForceMother.guard;
import static org.tocsin.protection.ForceMother.notEstablished;
import static org.tocsin.protection.ForceMother.site;
import static org.tocsin.protection.ForceMother.total;
import static org.tocsin.protection.ForceMother.unit;

class SiteExposureTest {

    private final ImpactAssessor assessor = new ImpactAssessor(ProtectionAssumptions.defaults());

    /** Two units guard three sites; EAST stays only if assured. */
    private final ForceModel force = ForceMother.force(
            List.of(total(figure("2000-01-01", 1000, Confidence.HIGH)),
                    unit("NORTH", "Northland", figure("2000-01-01", 400, 380, 420, Confidence.MEDIUM)),
                    unit("EAST", "Eastland", figure("2000-01-01", 500, Confidence.HIGH)),
                    unit("THIN", "Thinland", figure("2000-01-01", 12, Confidence.HIGH)),
                    unit("VAGUE", "Vagueland", notEstablished("2000-01-01", Confidence.LOW))),
            List.of(site("SCHOOL", List.of(guard("NORTH", "2000-01-01", "2000-12-31")), figure("2000-01-01", 1000, 800, 1500, Confidence.MEDIUM)),
                    site("STADIUM", List.of(guard("EAST", "2000-01-01", "2000-12-31")), figure("2000-01-01", 5000, Confidence.HIGH)),
                    site("HOSPITAL", List.of(describedGuard("blue helmets, unit unknown", "2000-01-01", "2000-12-31")),
                            figure("2000-01-01", 300, Confidence.LOW)),
                    site("CHAPEL", List.of(guard("THIN", "2000-01-01", "2000-12-31")), figure("2000-01-01", 50, Confidence.LOW)),
                    site("HALL", List.of(guard("VAGUE", "2000-01-01", "2000-12-31")), notEstablished("2000-01-01", Confidence.LOW)),
                    site("LATER", List.of(guard("NORTH", "2001-01-01", "2001-12-31")), figure("2000-01-01", 70, Confidence.LOW))),
            List.of(dependency("EAST", "ASSURANCES", "conditional_commitment", Confidence.HIGH),
                    dependency("QRF", "NORTH", "armour_mobility", Confidence.MEDIUM)));

    @Test
    void aSiteLosesItsGuardWhenItsGuardingContingentWithdrawsExposingItsPeopleWithTheirRange() {
        ImpactAssessment a = assessor.assess(force, ForceMother.basis(), new ProposedChange.Withdrawal("NORTH"), ChangeForm.PROPOSED, day("2000-06-01"));
        assertThat(a.sitesUnguarded()).containsExactly("SCHOOL");
        assertThat(a.exposed().people()).isEqualTo(new Estimate(800, 1000, 1500));
        assertThat(a.exposed().confidence()).contains(Confidence.MEDIUM);
        assertThat(a.forceAfter()).contains(new Estimate(580, 600, 620));
        assertThat(a.dependents()).extracting(DependencyGraph.Dependent::node).containsExactly("QRF");
    }

    @Test
    void aSiteWhoseGuardStaysOnlyIfAssuredIsAtRiskWhenAnotherContingentLeaves() {
        ImpactAssessment a = assessor.assess(force, ForceMother.basis(), new ProposedChange.Withdrawal("NORTH"), ChangeForm.PROPOSED, day("2000-06-01"));
        assertThat(a.likelyToFollow()).extracting(FollowTheLeaderPolicy.Follower::contingent).containsExactly("EAST");
        assertThat(a.likelyToFollow().getFirst().research()).containsExactly("CONTAGION");
        assertThat(a.sitesWith(SiteOutcome.AT_RISK)).extracting(SiteImpact::site).containsExactly("STADIUM");
        assertThat(a.atRiskIfFollowed().people()).isEqualTo(Estimate.exactly(5000));
    }

    @Test
    void aGuardBelowTheMinimumDetachmentGuardsNothingAndAnUnestablishedOneIsUncertainButStillCounted() {
        GuardPolicy policy = new GuardPolicy(30);
        assertThat(policy.on(force, force.site("CHAPEL").orElseThrow(), day("2000-06-01"), Set.of()))
                .isInstanceOf(GuardPolicy.Unguarded.class);
        assertThat(policy.on(force, force.site("HALL").orElseThrow(), day("2000-06-01"), Set.of()))
                .isInstanceOf(GuardPolicy.Uncertain.class);
        assertThat(policy.on(force, force.site("HOSPITAL").orElseThrow(), day("2000-06-01"), Set.of()))
                .isInstanceOf(GuardPolicy.Guarded.class);
        assertThat(policy.on(force, force.site("LATER").orElseThrow(), day("2000-06-01"), Set.of()))
                .isInstanceOf(GuardPolicy.Unguarded.class);
    }

    @Test
    void leavingASiteExposesItsPeopleWithoutReducingTheForce() {
        ImpactAssessment a = assessor.assess(force, ForceMother.basis(), new ProposedChange.SiteLeft("STADIUM"), ChangeForm.ORDERED, day("2000-06-01"));
        assertThat(a.sitesUnguarded()).containsExactly("STADIUM");
        assertThat(a.exposed().people()).isEqualTo(Estimate.exactly(5000));
        assertThat(a.forceAfter()).isEqualTo(a.forceBefore().estimate());
        assertThat(a.pressures()).extracting(Dependency::to).containsExactly("ASSURANCES");
        assertThat(a.sitesWith(SiteOutcome.KEEPS_GUARD)).extracting(SiteImpact::site).containsExactly("SCHOOL", "HOSPITAL", "HALL");
    }

    @Test
    void aSiteWithoutPeopleFiguresIsNamedNotCountedAsZero() {
        ImpactAssessment a = assessor.assess(force, ForceMother.basis(), new ProposedChange.Withdrawal("VAGUE"), ChangeForm.PROPOSED, day("2000-06-01"));
        assertThat(a.sitesUnguarded()).containsExactly("HALL");
        assertThat(a.exposed().people()).isEqualTo(Estimate.ZERO);
        assertThat(a.exposed().unknownSites()).containsExactly("HALL");
        assertThat(a.exposed().text()).contains("not counted (no established figure): HALL");
    }

    @Test
    void aCutAllocatesTheRemainingStrengthToTheSitesWithTheMostPeopleFirst() {
        ImpactAssessment a = assessor.assess(force, ForceMother.basis(), new ProposedChange.ForceCut(150), ChangeForm.PROPOSED, day("2000-06-01"));
        CutCoverage c = a.coverage().orElseThrow();
        assertThat(c.guardStrength()).isEqualTo(new Estimate(75, 112, 150));
        assertThat(c.sites()).extracting(CutCoverage.SiteCover::site).containsExactly("STADIUM", "SCHOOL", "HOSPITAL", "HALL");
        // STADIUM needs 100 (5,000 × 20 per 1,000) and comes first in every case: thinly held even in the pessimistic one
        assertThat(c.sites().getFirst().pessimistic()).isEqualTo(new CutCoverage.Share(100, 75, true));
        assertThat(c.sites().getFirst().pessimistic().thin()).isTrue();
        assertThat(a.sitesWith(SiteOutcome.KEEPS_GUARD)).extracting(SiteImpact::site).containsExactly("STADIUM");
        assertThat(a.sitesWith(SiteOutcome.AT_RISK)).extracting(SiteImpact::site).containsExactly("SCHOOL");
        assertThat(a.sitesUnguarded()).containsExactly("HOSPITAL", "HALL");
        assertThat(a.forceAfter()).contains(Estimate.exactly(150));
        assertThat(a.likelyToFollow()).extracting(FollowTheLeaderPolicy.Follower::contingent).containsExactly("EAST");
    }

    @ParameterizedTest(name = "cut to {0}: exposed {1}–{3} (central {2})")
    @CsvSource({
            "1000,    0,    0,    0",
            " 200,    0,  300, 1800",
            " 100, 1100, 1300, 1800",
            "  30, 1100, 6300, 6800",
            "   0, 6100, 6300, 6800"})
    void theExposureUnderACutIsARangeFromTheOptimisticToThePessimisticCase(long target, long low, long value, long high) {
        ImpactAssessment a = assessor.assess(force, ForceMother.basis(), new ProposedChange.ForceCut(target), ChangeForm.PROPOSED, day("2000-06-01"));
        assertThat(a.exposed().people()).isEqualTo(new Estimate(low, value, high));
    }

    @Test
    void aWithdrawalOfTheMissionTotalIsRefusedNamingTheContingentField() {
        assertThat(assessor.check(force, new ProposedChange.Withdrawal("TOTAL"))).hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("contingent"));
        assertThat(assessor.check(force, new ProposedChange.Withdrawal("NOBODY"))).hasValueSatisfying(e -> assertThat(e.reason()).contains("names no contingent"));
        assertThat(assessor.check(force, new ProposedChange.SiteLeft("NOWHERE"))).hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("site"));
        assertThat(assessor.check(force, new ProposedChange.Withdrawal("NORTH"))).isEmpty();
    }
}
