package org.tocsin.protection;

import org.junit.jupiter.api.Test;
import org.tocsin.support.Shared;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.protection.ForceMother.day;

/**
 * The assessments that would have been in front of the deciders in April 1994, from the force file
 * shipped with Tocsin (src/main/resources/demo/rwanda-1993-1994.force.json).
 */
class RwandaForceReplayTest {

    private final ForceReplay replay = new ForceReplay(ForceMother.rwanda(),
            ForceBasis.file("rwanda-1993-1994", "rwanda-1993-1994.force.json", "UNAMIR 1994"), ProtectionAssumptions.defaults());

    @Test
    void on11April1994TheOrderToRegroupAtTheAirportLeavesTheEtoAndAbout2000PeopleWithoutAGuard() {
        List<ImpactAssessment> day = replay.on(day("1994-04-11"));
        assertThat(day).singleElement().satisfies(a -> {
            assertThat(a.change()).isEqualTo(new ProposedChange.SiteLeft("ETO"));
            assertThat(a.form()).isEqualTo(ChangeForm.ORDERED);
            assertThat(a.sitesUnguarded()).containsExactly("ETO");
            assertThat(a.exposed().people()).isEqualTo(new Estimate(2000, 2000, 4000));
            assertThat(a.exposed().confidence()).contains(Confidence.HIGH);
            assertThat(a.sitesWith(SiteOutcome.LOSES_GUARD).getFirst().people().sources()).containsExactly("S_1999_1257", "BE_SENATE_1997");
            assertThat(a.sitesWith(SiteOutcome.LOSES_GUARD).getFirst().guards().getFirst().troops()).contains(new Estimate(90, 92, 100));
            assertThat(a.likelyToFollow()).isEmpty();
            assertThat(a.dependents()).isEmpty();
            assertThat(a.pressures()).extracting(Dependency::to).containsExactly("NATIONAL_EVACUATION_OPS");
            assertThat(a.forceAfter()).contains(Estimate.exactly(2519));
            assertThat(a.toText()).contains("Sites that lose their guard (1)", "ETO", "People exposed: 2,000 (2,000–4,000), confidence high",
                    "Dependent contingents likely to follow: none");
        });
    }

    @Test
    void on11April1994TheOrderAndTheLaterAccountAreOneChangeKeepingBothRecords() {
        ForceReplay.HistoricalChange eto = replay.changes().getFirst();
        assertThat(eto.on()).isEqualTo(day("1994-04-11"));
        assertThat(eto.events()).extracting(ForceEvent::type).containsExactly("site_abandoned", "protection_withdrawn");
    }

    @Test
    void on21April1994Resolution912CutsTheForceFromAbout2500To270AndLeavesSitesUnguarded() {
        List<ImpactAssessment> day = replay.on(day("1994-04-21"));
        assertThat(day).singleElement().satisfies(a -> {
            assertThat(a.change()).isEqualTo(new ProposedChange.ForceCut(270));
            assertThat(a.form()).isEqualTo(ChangeForm.DECIDED);
            assertThat(a.forceBefore().estimate()).contains(Estimate.exactly(2519));
            assertThat(a.forceAfter()).contains(Estimate.exactly(270));
            assertThat(a.sitesUnguarded()).containsExactly("MILLE_COLLINES");
            assertThat(a.sitesWith(SiteOutcome.AT_RISK)).extracting(SiteImpact::site).containsExactly("AMAHORO");
            assertThat(a.sitesWith(SiteOutcome.KEEPS_GUARD)).extracting(SiteImpact::site).containsExactly("KFH");
            assertThat(a.exposed().people()).isEqualTo(new Estimate(700, 1268, 13268));
            assertThat(a.exposed().confidence()).contains(Confidence.LOW);
            assertThat(a.coverage().orElseThrow().guardStrength()).isEqualTo(new Estimate(135, 202, 270));
            assertThat(a.likelyToFollow()).singleElement().satisfies(f -> {
                assertThat(f.contingent()).isEqualTo("BGD");
                assertThat(f.basis().getFirst().provenance().sources()).containsExactly("UK_1389");
                assertThat(f.research()).containsExactly("OESTMAN2021");
            });
            assertThat(a.toText()).contains("cut the force to 270", "People exposed: 1,268 (700–13,268), confidence low",
                    "MILLE_COLLINES", "BGD");
        });
    }

    @Test
    void belgiumsDecisionOn12AprilPutsTheAirportTheMissionAndBangladeshsStadiumAtRisk() {
        ImpactAssessment a = replay.on(day("1994-04-12")).getFirst();
        assertThat(a.change()).isEqualTo(new ProposedChange.Withdrawal("BEL_KIBAT"));
        assertThat(a.dependents()).extracting(DependencyGraph.Dependent::node)
                .containsExactly("UNAMIR_TOTAL", "KIGALI_AIRPORT", "KIGALI_SECTOR_C2");
        assertThat(a.likelyToFollow()).extracting(FollowTheLeaderPolicy.Follower::contingent).containsExactly("BGD");
        assertThat(a.sitesWith(SiteOutcome.AT_RISK)).extracting(SiteImpact::site).containsExactly("AMAHORO");
        assertThat(a.forceAfter()).contains(new Estimate(2069, 2079, 2099));
        assertThat(a.mitigations()).extracting(Dependency::type).containsExactly("materiel_transfer");
    }

    @Test
    void theReplaySectionListsEveryRecordedChangeAndStatesTheAssumptionsOnce() {
        String text = replay.section();
        assertThat(text).contains("1994-04-11  ordered", "1994-04-21  decided", "Assumptions:");
        assertThat(text.indexOf("Assumptions:")).isEqualTo(text.lastIndexOf("Assumptions:"));
        assertThat(replay.changes()).extracting(c -> c.on() + " " + c.change().text()).containsExactly(
                "1994-04-11 leave site ETO", "1994-04-12 withdraw BEL_KIBAT", "1994-04-20 withdraw BGD", "1994-04-21 cut the force to 270");
    }

    @Test
    void theTargetOfACutIsReadFromItsDescription() {
        assertThat(ForceReplay.target("Res 912 reduces UNAMIR to ~270 (FC, SRSG, ~150-man infantry company)")).contains(270L);
        assertThat(ForceReplay.target("force cut to 1,500 all ranks")).contains(1500L);
        assertThat(ForceReplay.target("a cut, number unknown")).isEmpty();
    }

    @Test
    void theReplayFindsTheForceFileBesideTheSharedCaseFile() throws IOException {
        var caseFile = Shared.file("cases/rwanda-1993-1994.jsonl");
        assertThat(ForceReplay.sectionFor(caseFile)).hasValueSatisfying(s -> assertThat(s).contains("1994-04-21"));
        assertThat(ForceReplay.besideCase(caseFile.resolveSibling("nothing-here.jsonl"))).isEmpty();
    }
}
