package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.Evidence;
import org.tocsin.fusion.FactorHistory;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.Locality;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SignalKey;
import org.tocsin.situation.Situation;
import org.tocsin.taxonomy.Taxonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The factor heatmap's data: the engine's own factor strengths at each period's end. */
class FactorHistoryTest {

    static final Taxonomy TAXONOMY = Taxonomy.framework();
    static final FactorHistory HISTORY = new FactorHistory(null, null, null, TAXONOMY, FusionParameters.defaults(), CountryNames.standard());

    static Situation situation(String from, String to) {
        return new Situation("heat", "Heat", "RW", null, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "{}",
                Instant.EPOCH, "test");
    }

    static Evidence report(String id, String source, String day, String... codes) {
        return new Evidence(new SignalKey("heat", id), source, List.of(), Reliability.A, Credibility.CONFIRMED,
                LocalDate.parse(day), 0, new TreeSet<>(List.of(codes)), false, null, false, Locality.INSIDE);
    }

    @Test
    void aFactorIsAbsentBeforeItsFirstReportAndPresentAtTheEndOfTheMonthItArrives() {
        var grid = HISTORY.grid(situation("1993-11-01", "1994-04-30"),
                List.of(report("a", "s1", "1994-02-10", "RF07.04"), report("b", "s2", "1994-03-05", "RF07.04")),
                LocalDate.parse("1994-04-30"));
        assertThat(grid.step()).isEqualTo(FactorHistory.Step.MONTH);
        assertThat(grid.columns()).extracting(c -> c.to().toString())
                .containsExactly("1993-11-30", "1993-12-31", "1994-01-31", "1994-02-28", "1994-03-31", "1994-04-30");
        assertThat(grid.factors()).hasSize(14).startsWith("RF01");
        assertThat(grid.strength("RF07", 2)).isZero();
        assertThat(grid.strength("RF07", 3)).isPositive();
        assertThat(grid.strength("RF07", 4)).as("corroborated").isGreaterThan(grid.strength("RF07", 3));
        assertThat(grid.strength("RF07", 5)).as("ageing").isLessThan(grid.strength("RF07", 4));
        assertThat(grid.strength("RF10", 5)).isZero();
    }

    @Test
    void longHistoriesGetLongerPeriodsSoThatTheGridStaysReadable() {
        LocalDate until = LocalDate.parse("1994-07-31");
        assertThat(HISTORY.grid(situation("1994-06-01", null), List.of(), until).step()).isEqualTo(FactorHistory.Step.WEEK);
        assertThat(HISTORY.grid(situation("1993-10-01", null), List.of(), until).step()).isEqualTo(FactorHistory.Step.MONTH);
        assertThat(HISTORY.grid(situation("1991-01-01", null), List.of(), until).step()).isEqualTo(FactorHistory.Step.QUARTER);
        var years = HISTORY.grid(situation("1979-01-01", null), List.of(), until);
        assertThat(years.step()).isEqualTo(FactorHistory.Step.YEAR);
        assertThat(years.columns()).hasSizeLessThanOrEqualTo(FactorHistory.MAX_PERIODS);
    }

    @Test
    void evidenceLaterThanTheDayAskedExtendsTheGridRatherThanBeingRefused() {
        var grid = HISTORY.grid(situation("1994-01-01", null), List.of(report("a", "s1", "1994-03-10", "RF10.02")),
                LocalDate.parse("1994-02-15"));
        assertThat(grid.columns().getLast().to()).isEqualTo(LocalDate.parse("1994-03-10"));
        assertThat(grid.strength("RF10", grid.columns().size() - 1)).isPositive();
    }
}
