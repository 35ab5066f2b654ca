package org.tocsin.intake.format;

import org.junit.jupiter.api.Test;
import org.tocsin.taxonomy.Taxonomy;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CodeTablesTest {

    private final CodeTables codes = CodeTables.standard();

    @Test
    void mapsFipsCodesThatDifferFromIso() {
        assertThat(codes.isoForFips("NI")).contains("NG"); // Nigeria
        assertThat(codes.isoForFips("NG")).contains("NE"); // Niger
        assertThat(codes.isoForFips("AG")).contains("DZ"); // Algeria
        assertThat(codes.isoForFips("CD")).contains("TD"); // Chad
        assertThat(codes.isoForFips("CT")).contains("CF"); // Central African Republic
        assertThat(codes.isoForFips("UK")).contains("GB");
        assertThat(codes.isoForFips("RW")).contains("RW");
        assertThat(codes.isoForFips("PG")).isEmpty(); // Spratly Islands: no ISO code
        assertThat(codes.isoForFips("QQ")).isEmpty();
        assertThat(codes.isoForFips(null)).isEmpty();
    }

    @Test
    void mapsGleditschWardNumbers() {
        assertThat(codes.isoForGw(482)).contains("CF");
        assertThat(codes.isoForGw(517)).contains("RW");
        assertThat(codes.isoForGw(345)).contains("RS");
        assertThat(codes.isoForGw(265)).isEmpty(); // German Democratic Republic
        assertThat(codes.isoForGw(1)).isEmpty();
    }

    @Test
    void coversTheWorld() {
        long fips = IntStream.range(0, 26 * 26).mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                .filter(c -> codes.isoForFips(c).isPresent()).count();
        long gw = IntStream.range(1, 1000).filter(n -> codes.isoForGw(n).isPresent()).count();
        assertThat(fips).isGreaterThanOrEqualTo(255);
        assertThat(gw).isGreaterThanOrEqualTo(195);
    }

    @Test
    void classifiesCameoCodesMostSpecificFirst() {
        assertThat(codes.classify("190").indicators()).containsExactly("RF01.01");
        assertThat(codes.classify("196").indicators()).containsExactly("RF01.01", "RF01.02");
        assertThat(codes.classify("1724").indicators()).containsExactly("RF07.01");
        assertThat(codes.classify("173").indicators()).containsExactly("RF07.08");
        assertThat(codes.classify("176").indicators()).isEmpty();
        assertThat(codes.classify("176").eventClass()).isEqualTo("tension");
        assertThat(codes.classify("203").indicators()).containsExactly("RF11.01", "RF12.03");
        assertThat(codes.classify("043")).isEqualTo(CodeTables.Classification.NONE);
    }

    @Test
    void usesOnlyIndicatorsTheFrameworkKnows() {
        Taxonomy taxonomy = Taxonomy.framework();
        assertThat(codes.cameoIndicatorCodes()).isNotEmpty().allSatisfy(code -> assertThat(taxonomy.knows(code)).as(code).isTrue());
        for (int type = 1; type <= 3; type++) {
            assertThat(UcdpReader.indicators(type)).allSatisfy(code -> assertThat(taxonomy.knows(code)).as(code).isTrue());
        }
    }

    @Test
    void namesEveryCameoRootWithAVerb() {
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertThat(codes.cameo(code)).as(code).hasValueSatisfying(e -> assertThat(e.verb()).isNotBlank());
        }
        assertThat(codes.cameo("0874")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Retreat or surrender militarily"));
    }
}
