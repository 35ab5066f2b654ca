package org.tocsin.fusion;

import org.junit.jupiter.api.Test;
import org.tocsin.intake.Reliability;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FusionParametersTest {

    @Test
    void theDefaultsGradeAFieldReportAndDiscountAMonthsUncertainty() {
        FusionParameters p = FusionParameters.defaults();

        assertThat(p.grade(Reliability.B, org.tocsin.intake.Credibility.PROBABLY_TRUE)).isEqualTo(0.8 * 0.8);
        assertThat(p.precisionDiscount(0)).isEqualTo(1.0);
        assertThat(p.precisionDiscount(30)).isEqualTo(1 / 1.5);
        assertThat(p.factorWeights()).containsOnlyKeys("RF01", "RF02", "RF03", "RF04", "RF05", "RF06", "RF07", "RF08",
                "RF09", "RF10", "RF11", "RF12", "RF13", "RF14");
    }

    @Test
    void fatalitiesCountOnlyFromFairlyReliableSourcesAndPossiblyTrueInformationOrBetter() {
        FusionParameters p = FusionParameters.defaults();

        assertThat(p.countsFatalities(Reliability.C, org.tocsin.intake.Credibility.POSSIBLY_TRUE)).isTrue();
        assertThat(p.countsFatalities(Reliability.D, org.tocsin.intake.Credibility.CONFIRMED)).isFalse();
        assertThat(p.countsFatalities(Reliability.A, org.tocsin.intake.Credibility.DOUBTFUL)).isFalse();
        assertThat(p.countsFatalities(Reliability.F, org.tocsin.intake.Credibility.CANNOT_BE_JUDGED)).isFalse();
    }

    @Test
    void thresholdsMustRise() {
        assertThatThrownBy(() -> FusionParameters.defaults().withThresholds(0.5, 0.4, 0.65))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elevated < high < critical");
    }

    @Test
    void everyAdmiraltyGradeNeedsAFactor() {
        FusionParameters d = FusionParameters.defaults();
        Map<Reliability, Double> incomplete = new EnumMap<>(d.reliabilityFactors());
        incomplete.remove(Reliability.F);

        assertThatThrownBy(() -> new FusionParameters(incomplete, d.credibilityFactors(), d.precisionScaleDays(),
                d.structuralHalfLifeDays(), d.dynamicHalfLifeDays(), d.repeatShare(), d.saturation(), d.breadthShare(),
                d.factorWeights(), d.indicatorWeights(), d.combinationBonus(), d.mitigationCap(), d.killingIndicators(), d.killingHalfLifeDays(),
                d.killingMinReliability(), d.killingMinCredibility(), d.emergencyFatalities(), d.emergencyKillingEvidence(),
                d.emergencyCorroboration(), d.elevatedThreshold(), d.highThreshold(), d.criticalThreshold()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reliabilityFactors lacks a value for F");
    }
}
