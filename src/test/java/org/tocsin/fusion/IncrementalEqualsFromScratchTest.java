package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.fusion.Signals.SITUATION;
import static org.tocsin.fusion.Signals.TAXONOMY;
import static org.tocsin.fusion.Signals.signal;

/**
 * The state is a function of the set of evidence: adding signals one by one, in any order, gives
 * exactly (bit for bit) what a rebuild from scratch gives, explanation included.
 */
class IncrementalEqualsFromScratchTest {

    static final String[] CODES = {"RF01.02", "RF05.02", "RF07.04", "RF07.05", "RF07.14", "RF08", "RF08.05", "RF10.01",
            "RF10.02", "RF11.01", "RF12.01", "RF14"};
    static final String[] GRADES = {"A1", "A2", "B2", "B3", "C2", "C3", "D4", "F6"};

    static List<Evidence> randomEvidence(Random random, int n, int spanDays) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Signals.Builder b = signal("s" + i).from("source-" + random.nextInt(15))
                    .graded(GRADES[random.nextInt(GRADES.length)]).onDay(random.nextInt(spanDays));
            if (random.nextInt(8) == 0) b.datedToTheMonth();
            List<String> codes = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) codes.add(CODES[random.nextInt(CODES.length)]);
            b.showing(codes.stream().distinct().toArray(String[]::new));
            // Relays may name records that arrive later (or never): clusters must merge when they do.
            if (random.nextInt(6) == 0) b.relaying("s" + random.nextInt(n + 10));
            if (random.nextInt(15) == 0) b.relaying("s" + random.nextInt(n), "s" + random.nextInt(n));
            if (random.nextInt(12) == 0) b.mitigating();
            if (random.nextInt(7) == 0) b.killed(random.nextInt(300));
            if (random.nextInt(25) == 0) b.estimatingOverall(random.nextInt(5000));
            switch (random.nextInt(10)) {
                case 0 -> b.outsideTheArea();
                case 1 -> b.inUnknownPlace();
                default -> { }
            }
            out.add(b.evidence());
        }
        return out;
    }

    @Test
    void addingSignalsOneByOneGivesExactlyWhatARebuildFromScratchGivesInAnyOrder() {
        Random random = new Random(20260101L);
        Set<RiskLevel> levelsCompared = EnumSet.noneOf(RiskLevel.class);
        for (int n : new int[]{30, 60, 120, 250, 400}) {
            List<Evidence> evidence = randomEvidence(random, n, 2 * n);
            SituationRisk incremental = new SituationRisk(SITUATION, TAXONOMY, FusionParameters.defaults());
            for (int i = 0; i < evidence.size(); i++) {
                incremental.add(evidence.get(i));
                if (i % 10 == 9 || i == evidence.size() - 1) {
                    var at = incremental.latestKnownOn().plusDays(random.nextInt(60));
                    incremental.score(at); // assessing must not disturb the state
                    List<Evidence> shuffled = new ArrayList<>(evidence.subList(0, i + 1));
                    Collections.shuffle(shuffled, random);
                    SituationRisk fromScratch = SituationRisk.of(SITUATION, TAXONOMY, FusionParameters.defaults(), shuffled);

                    RiskAssessment expected = fromScratch.assess(at);
                    RiskAssessment actual = incremental.assess(at);
                    assertThat(actual.score()).isEqualTo(expected.score());
                    assertThat(actual.level()).isEqualTo(expected.level());
                    assertThat(actual).isEqualTo(expected);
                    levelsCompared.add(actual.level());
                }
            }
        }
        // The comparison is not trivial: the random situations go through every level.
        assertThat(levelsCompared).containsExactlyInAnyOrder(RiskLevel.values());
    }
}
