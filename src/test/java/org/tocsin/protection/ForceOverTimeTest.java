package org.tocsin.protection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.protection.ForceMother.day;
import static org.tocsin.protection.ForceMother.figure;
import static org.tocsin.protection.ForceMother.notEstablished;

class ForceOverTimeTest {

    private final ForceModel rwanda = ForceMother.rwanda();

    @ParameterizedTest(name = "Belgian strength on {0}: {1} ({2}–{3}), {4}")
    @CsvSource({
            "1993-11-19,  75,  75,  75, medium",
            "1994-04-06,  75,  75,  75, medium",
            "1994-04-07, 440, 420, 450, medium",
            "1994-04-12, 440, 420, 450, medium",
            "1994-04-16, 420, 420, 420, medium",
            "1994-04-19,   0,   0,   0, high",
            "1994-06-01,   0,   0,   0, high"})
    void theStrengthOfAContingentOnADayIsAValueARangeAndAConfidence(String on, long value, long low, long high, String confidence) {
        Reading.Established r = (Reading.Established) rwanda.strength("BEL_KIBAT", day(on)).orElseThrow();
        assertThat(r.estimate()).isEqualTo(new Estimate(low, value, high));
        assertThat(r.confidence().wire()).isEqualTo(confidence);
    }

    @Test
    void everyReadingKeepsTheSourcesOfTheFiguresItRestsOn() {
        Reading r = rwanda.strength("BEL_KIBAT", day("1994-04-12")).orElseThrow();
        assertThat(r.sources()).containsExactly("R_0413");
        assertThat(r.basis()).singleElement().satisfies(f -> assertThat(f.note()).contains("420-450"));
        assertThat(r.text()).isEqualTo("440 (420–450), confidence medium");
    }

    @Test
    void aFigureDatedAfterTheDayIsNeverUsed() {
        assertThat(rwanda.strength("BEL_KIBAT", day("1993-11-18")).orElseThrow()).isInstanceOf(Reading.NoFigure.class);
        assertThat(rwanda.strength("BEL_KIBAT", day("1994-04-15")).orElseThrow().established().orElseThrow().value()).isEqualTo(440);
    }

    @Test
    void aFigureWithoutAValueIsNotEstablishedAndNamesTheLastEstablishedOne() {
        Reading r = rwanda.strength("BGD", day("1994-04-21")).orElseThrow();
        assertThat(r).isInstanceOf(Reading.NotEstablished.class);
        Reading.NotEstablished n = (Reading.NotEstablished) r;
        assertThat(n.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(n.notes()).anyMatch(s -> s.contains("last established: 940 on 1994-04-13"));
        assertThat(n.sources()).containsExactly("R_0420b", "R_0413");
    }

    @Test
    void aPeakWithinAPeriodWidensTheRangeButNotTheValueOrItsConfidence() {
        Reading.Established r = (Reading.Established) rwanda.people("AMAHORO", day("1994-04-20")).orElseThrow();
        assertThat(r.estimate()).isEqualTo(new Estimate(5000, 5000, 12000));
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(r.basis()).extracting(Figure::confidence).containsExactly(Confidence.HIGH, Confidence.LOW);
        assertThat(r.sources()).containsExactly("UK_1410", "AMAHORO_WIKI");
    }

    @Test
    void aPeriodFigureAloneGivesTheEstimateWithItsOwnConfidence() {
        Reading.Established r = (Reading.Established) rwanda.people("MILLE_COLLINES", day("1994-04-21")).orElseThrow();
        assertThat(r.estimate()).isEqualTo(new Estimate(700, 1268, 1268));
        assertThat(r.confidence()).isEqualTo(Confidence.LOW);
        assertThat(r.notes()).singleElement().asString().contains("period figure");
    }

    @Test
    void aMonthFigureMayNotApplyYetInsideItsMonth() {
        Reading.Established inJune = (Reading.Established) rwanda.people("KFH", day("1994-06-10")).orElseThrow();
        assertThat(inJune.estimate()).isEqualTo(new Estimate(8000, 8000, 9000));
        Reading.Established afterJune = (Reading.Established) rwanda.people("KFH", day("1994-07-01")).orElseThrow();
        assertThat(afterJune.estimate()).isEqualTo(Estimate.exactly(8000));
    }

    @Test
    void theWholeForceIsTheReportedTotalAsLastReported() {
        ForceStrength s = rwanda.strengthOn(day("1994-04-21"));
        assertThat(s.estimate()).contains(Estimate.exactly(2519));
        assertThat(s.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(s.how()).isEqualTo("UNAMIR_TOTAL as last reported on 1994-04-07");
        assertThat(rwanda.strengthOn(day("1994-04-25")).estimate()).contains(Estimate.exactly(450));
    }

    @Test
    void theSumOfUnitsNamesTheUnitsWhoseStrengthIsNotEstablished() {
        ForceStrength s = rwanda.unitsOn(day("1994-04-21"));
        assertThat(s.estimate()).contains(Estimate.exactly(880));
        assertThat(s.how()).contains("not established: BGD, MILOB");
        assertThat(s.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void aNewerFigureReplacesTheOldOneAndTheWeakerConfidenceTravelsWithIt() {
        FigureSeries s = new FigureSeries(List.of(figure("1994-04-01", 100, Confidence.HIGH), figure("1994-04-10", 60, 50, 80, Confidence.LOW),
                notEstablished("1994-04-20", Confidence.UNCONFIRMED)));
        assertThat(s.at(day("1994-04-09")).text()).isEqualTo("100, confidence high");
        assertThat(s.at(day("1994-04-10")).text()).isEqualTo("60 (50–80), confidence low");
        assertThat(s.at(day("1994-04-25")).text()).isEqualTo("not established (unconfirmed)");
    }

    @Test
    void estimatesNeverFallBelowZeroAndKeepTheirSpread() {
        assertThat(Estimate.exactly(2519).minus(new Estimate(420, 440, 450))).isEqualTo(new Estimate(2069, 2079, 2099));
        assertThat(Estimate.exactly(100).minus(new Estimate(90, 120, 150))).isEqualTo(new Estimate(0, 0, 10));
        assertThat(Estimate.of(2000, 2000, 4000).plus(Estimate.of(1268, 700, 1268))).isEqualTo(new Estimate(2700, 3268, 5268));
    }
}
