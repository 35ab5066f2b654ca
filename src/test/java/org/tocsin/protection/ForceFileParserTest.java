package org.tocsin.protection;

import org.junit.jupiter.api.Test;
import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForceFileParserTest {

    private final ForceFileParser parser = new ForceFileParser();

    @Test
    void readsTheRwandaForceFileKeepingWhatItSaysInWords() {
        ForceModel m = ForceMother.rwanda();
        assertThat(m.contingents()).extracting(Contingent::id)
                .containsExactly("BEL_KIBAT", "BGD", "GHA_GHANBAT", "TUN", "MILOB", "UNAMIR_TOTAL", "UNAMIR2_CONTRIBUTORS");
        assertThat(m.missionTotal()).map(Contingent::id).contains("UNAMIR_TOTAL");
        assertThat(m.contingent("UNAMIR2_CONTRIBUTORS").orElseThrow().kind()).isEqualTo(ContingentKind.GROUPING);
        assertThat(m.sites()).extracting(Site::id).containsExactly("ETO", "AMAHORO", "KFH", "MILLE_COLLINES", "MERIDIEN", "KIBEHO");
        assertThat(m.dependencies()).hasSize(13);
        assertThat(m.sources()).containsKey("S_1999_1257");
        Site kfh = m.site("KFH").orElseThrow();
        assertThat(kfh.guards().getFirst().by()).isEqualTo(new Guard.ByDescription("UNAMIR (contingent unspecified; 'blue berets stationed there')"));
        assertThat(m.site("ETO").orElseThrow().guards().getFirst().by()).isEqualTo(new Guard.ByContingent("BEL_KIBAT"));
        assertThat(m.site("ETO").orElseThrow().location().orElseThrow().provenance().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(m.unitOf("Belgium")).map(Contingent::id).contains("BEL_KIBAT");
    }

    @Test
    void aFigureWithoutAConfidenceIsRefusedNamingTheField() {
        ObjectNode doc = (ObjectNode) ForceMother.rwandaDocument();
        ((ObjectNode) doc.get("mission").get("contingents").get(0).get("strength").get(1)).remove("confidence");
        assertThat(errors(doc)).containsExactly(new FieldError("mission.contingents[0].strength[1].confidence",
                "is required: high, medium, low or unconfirmed"));
    }

    @Test
    void aSourceTheFileDoesNotCiteIsRefused() {
        ObjectNode doc = (ObjectNode) ForceMother.rwandaDocument();
        ((ArrayNode) doc.get("mission").get("sites").get(0).get("population").get(0).get("sources")).add("NOBODY_SAID_SO");
        assertThat(errors(doc)).extracting(FieldError::field).containsExactly("mission.sites[0].population[0].sources[2]");
    }

    @Test
    void badDatesRangesAndRepeatedIdsAreEachNamed() {
        ObjectNode doc = (ObjectNode) ForceMother.rwandaDocument();
        ObjectNode bel = (ObjectNode) doc.get("mission").get("contingents").get(0);
        ((ObjectNode) bel.get("strength").get(0)).put("date", "19 November 1993");
        ArrayNode range = ((ObjectNode) bel.get("strength").get(1)).putArray("range");
        range.add(450).add(420);
        ((ObjectNode) doc.get("mission").get("contingents").get(1)).put("id", "BEL_KIBAT");
        ((ObjectNode) doc.get("mission").get("sites").get(0).get("guards").get(0)).put("troops", -3);
        assertThat(errors(doc)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "mission.contingents[0].strength[0].date", "mission.contingents[0].strength[1].range",
                "mission.contingents[1].id", "mission.sites[0].guards[0].troops");
    }

    @Test
    void somethingOtherThanAnObjectIsRefusedAsAWhole() {
        assertThat(errors(ForceMother.JSON.readTree("[1, 2]"))).containsExactly(new FieldError("$", "a force file must be a JSON object"));
        assertThat(errors(ForceMother.JSON.readTree("{\"sources\": {}}"))).extracting(FieldError::field).containsExactly("mission");
    }

    @Test
    void datesMayBeADayAMonthOrAPeriod() {
        assertThat(DateSpan.parse("1994-06").orElseThrow()).satisfies(d -> {
            assertThat(d.earliest()).isEqualTo(ForceMother.day("1994-06-01"));
            assertThat(d.latest()).isEqualTo(ForceMother.day("1994-06-30"));
        });
        assertThat(DateSpan.parse("1994-04-07/1994-07-04").orElseThrow().isPeriod()).isTrue();
        assertThat(DateSpan.parse("1994-07-04/1994-04-07")).isEmpty();
        assertThat(DateSpan.parse("1994-02-30")).isEmpty();
    }

    private List<FieldError> errors(tools.jackson.databind.JsonNode doc) {
        return switch (parser.parse(doc)) {
            case Parsed.Refused<ForceModel> r -> r.errors();
            case Parsed.Ok<ForceModel> ok -> List.of();
        };
    }
}
