package org.tocsin.web.console;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's fields become the JSON the signal parser reads; the parser alone judges them. */
class IntakeFormTest {

    static IntakeForm form(String... pairs) {
        var p = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) p.add(pairs[i], pairs[i + 1]);
        return IntakeForm.from(p);
    }

    @Test
    void copiesTheFieldsUnderTheirJsonNamesAndLeavesBlanksOut() {
        var json = form("id", "web-1", "summary", " Shots fired. ", "source", "Observer", "reliability", "B", "credibility", "2",
                "source_id", "", "critical", "true").toJson("rw");
        assertThat(json.path("situation").asString()).isEqualTo("rw");
        assertThat(json.path("summary").asString()).isEqualTo("Shots fired.");
        assertThat(json.has("source_id")).isFalse();
        assertThat(json.path("critical").asBoolean()).isTrue();
        assertThat(json.has("mitigating")).isFalse();
    }

    @Test
    void readsNumbersAsAReaderWritesThemAndPassesOnWhatIsNotANumber() {
        var json = form("lat", "-1,95", "lon", "30.06", "fatalities", "1 700").toJson("rw");
        assertThat(json.path("lat").asDouble()).isEqualTo(-1.95);
        assertThat(json.path("lon").asDouble()).isEqualTo(30.06);
        assertThat(json.path("fatalities").asInt()).isEqualTo(1700);
        assertThat(form("lat", "north").toJson("rw").path("lat").isString()).isTrue();
    }

    @Test
    void acceptedSuggestionsAndTypedCodesBecomeTheIndicatorsOnceEach() {
        var f = form("indicators", "RF07.04", "indicators", "<script>", "indicators", "RF05.02", "other_indicators", "rf07.04, RF10.02");
        assertThat(f.accepted()).containsExactly("RF07.04", "RF05.02");
        assertThat(f.indicators()).containsExactly("RF07.04", "RF05.02", "RF10.02");
        List<String> codes = new java.util.ArrayList<>();
        f.toJson("rw").path("indicators").forEach(c -> codes.add(c.asString()));
        assertThat(codes).containsExactly("RF07.04", "RF05.02", "RF10.02");
    }
}
