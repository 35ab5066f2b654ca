package org.tocsin.protection;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.protection.ForceMother.dependency;

class DependencyPropagationTest {

    @Test
    void aLossReachesEverythingThatDependsOnItTransitivelyWithTheWeakestConfidenceAlongThePath() {
        DependencyGraph g = new DependencyGraph(List.of(
                dependency("B", "A", "equipment", Confidence.HIGH),
                dependency("C", "B", "command", Confidence.LOW),
                dependency("D", "C", "lifeline", Confidence.MEDIUM)));
        List<DependencyGraph.Dependent> d = g.dependentsOf(Set.of("A"));
        assertThat(d).extracting(DependencyGraph.Dependent::node).containsExactly("B", "C", "D");
        assertThat(d.get(2).path()).containsExactly("D", "C", "B", "A");
        assertThat(d.get(2).depth()).isEqualTo(3);
        assertThat(d.get(2).confidence()).isEqualTo(Confidence.LOW);
        assertThat(d.get(0).confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aCycleEndsAndEachDependentIsReportedOnceByItsShortestPath() {
        DependencyGraph g = new DependencyGraph(List.of(
                dependency("A", "B", "core_capability", Confidence.HIGH),
                dependency("B", "A", "core_capability", Confidence.HIGH),
                dependency("C", "B", "equipment", Confidence.MEDIUM),
                dependency("C", "A", "equipment", Confidence.MEDIUM),
                dependency("A", "C", "command", Confidence.HIGH)));
        List<DependencyGraph.Dependent> d = g.dependentsOf(Set.of("A"));
        assertThat(d).extracting(DependencyGraph.Dependent::node).containsExactlyInAnyOrder("B", "C");
        assertThat(d).allSatisfy(x -> assertThat(x.depth()).isEqualTo(1));
    }

    @Test
    void competingPrioritiesAndMaterielLeftBehindDoNotCarryALoss() {
        DependencyGraph g = new DependencyGraph(List.of(
                dependency("MISSION", "UNIT", "materiel_transfer", Confidence.HIGH),
                dependency("EVACUATION", "UNIT", "competing_priority", Confidence.HIGH),
                dependency("AIRPORT", "UNIT", "airport_security", Confidence.HIGH),
                dependency("MISSION", "AIRPORT", "lifeline", Confidence.MEDIUM)));
        List<DependencyGraph.Dependent> d = g.dependentsOf(Set.of("UNIT"));
        assertThat(d).extracting(DependencyGraph.Dependent::pathText).containsExactly("AIRPORT ← UNIT", "MISSION ← AIRPORT ← UNIT");
    }

    @Test
    void anUnknownKindOfDependencyIsAssumedToCarryTheLoss() {
        assertThat(DependencyKind.of("political_backing")).isEqualTo(DependencyKind.OTHER);
        assertThat(DependencyKind.OTHER.carriesLoss()).isTrue();
        assertThat(DependencyKind.of("core_combat_capability")).isEqualTo(DependencyKind.CORE_CAPABILITY);
    }

    @Test
    void whenTheBelgiansLeaveTheMissionTheAirportAndKigaliCommandLoseWhatTheyRelyOn() {
        ForceModel rwanda = ForceMother.rwanda();
        List<DependencyGraph.Dependent> d = rwanda.graph().dependentsOf(Set.of("BEL_KIBAT"));
        assertThat(d).extracting(DependencyGraph.Dependent::node)
                .containsExactlyInAnyOrder("UNAMIR_TOTAL", "KIGALI_AIRPORT", "KIGALI_SECTOR_C2", "ETO");
        assertThat(d).filteredOn(x -> x.node().equals("UNAMIR_TOTAL")).singleElement()
                .satisfies(x -> {
                    assertThat(x.via().type()).isEqualTo("core_combat_capability");
                    assertThat(x.via().provenance().sources()).containsExactly("UK_1341", "R_0413");
                });
    }
}
