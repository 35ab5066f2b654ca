package org.tocsin.fusion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tocsin.intake.Place;

import static org.assertj.core.api.Assertions.assertThat;

class AreaTest {

    static final Area RWANDA = Area.of("RW", "Rwanda").withBox(-2.85, -1.04, 28.85, 30.90);
    static final CountryNames COUNTRIES = CountryNames.standard();

    @ParameterizedTest(name = "\"{0}\" is {1} Rwanda")
    @CsvSource(delimiter = ';', value = {
            "Kigali, Rwanda; INSIDE",
            "Rwanda; INSIDE",
            "Northern Rwanda; INSIDE",
            "Gisenyi / Kigali, Rwanda; INSIDE",
            "Bujumbura, Burundi; OUTSIDE",
            "Oxford, UK / Ngara, Tanzania; OUTSIDE",
            "New York, USA; OUTSIDE",
            "Goma, Zaire; OUTSIDE",
            "Bonn, Germany; OUTSIDE",
            "Abidjan, Côte d'Ivoire; OUTSIDE",
            "Kibuye; UNKNOWN",
    })
    void theLastSegmentOfTheLocationNamesTheCountry(String location, Locality expected) {
        assertThat(RWANDA.locate(new Place(location, null, null, null), COUNTRIES)).isEqualTo(expected);
    }

    @Test
    void anExplicitCountryDecidesBeforeTheText() {
        assertThat(RWANDA.locate(new Place("Kigali, Rwanda", null, null, "BI"), COUNTRIES)).isEqualTo(Locality.OUTSIDE);
        assertThat(RWANDA.locate(new Place("somewhere", null, null, "RW"), COUNTRIES)).isEqualTo(Locality.INSIDE);
    }

    @Test
    void withoutACountryInTheTextTheBoundingBoxDecides() {
        assertThat(RWANDA.locate(new Place("Kibuye", -2.06, 29.348, null), COUNTRIES)).isEqualTo(Locality.INSIDE);
        assertThat(RWANDA.locate(new Place("Ngara", -2.47, 30.65, null), COUNTRIES)).isEqualTo(Locality.INSIDE);
        assertThat(RWANDA.locate(new Place("Bukavu", -2.51, 28.86, null), COUNTRIES)).isEqualTo(Locality.INSIDE);
        assertThat(RWANDA.locate(new Place(null, -3.36, 29.36, null), COUNTRIES)).isEqualTo(Locality.OUTSIDE);
    }

    @Test
    void aPlaceWithNoCountryNoTextAndNoCoordinatesIsUnknown() {
        assertThat(RWANDA.locate(Place.unknown(), COUNTRIES)).isEqualTo(Locality.UNKNOWN);
        assertThat(Area.of("RW", "Rwanda").locate(new Place("Kibuye", -2.06, 29.348, null), COUNTRIES)).isEqualTo(Locality.UNKNOWN);
    }

    @Test
    void theLongestCountryNameWins() {
        Area sudan = Area.of("SD", "Sudan");
        assertThat(sudan.locate(new Place("Juba, South Sudan", null, null, null), COUNTRIES)).isEqualTo(Locality.OUTSIDE);
        assertThat(sudan.locate(new Place("El Fasher, North Darfur, Sudan", null, null, null), COUNTRIES)).isEqualTo(Locality.INSIDE);
        assertThat(Area.of("NE", "Niger").locate(new Place("Kano, Nigeria", null, null, null), COUNTRIES)).isEqualTo(Locality.OUTSIDE);
    }

    @Test
    void anAreasOwnAliasesCountAsInside() {
        Area drc = Area.of("CD", "Democratic Republic of the Congo", "DRC", "Zaire");
        assertThat(drc.locate(new Place("Goma, Zaire", null, null, null), COUNTRIES)).isEqualTo(Locality.INSIDE);
        assertThat(drc.locate(new Place("Kinshasa, DR Congo", null, null, null), COUNTRIES)).isEqualTo(Locality.INSIDE);
    }

    @Test
    void theCountryListKnowsEveryAfricanState() throws java.io.IOException {
        String[] africa = {"DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "EG", "GQ",
                "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ",
                "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW"};
        java.util.Set<String> known = new java.util.HashSet<>();
        for (String line : new String(AreaTest.class.getResourceAsStream(CountryNames.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.matches("[A-Z]{2},.*")) known.add(line.substring(0, 2));
        }

        assertThat(known).contains(africa);
    }
}
