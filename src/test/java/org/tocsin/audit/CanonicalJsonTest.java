package org.tocsin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

    @Test
    void writesObjectsWithSortedKeysAndNoWhitespace() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", 1);
        m.put("alpha", List.of(true, false));
        m.put("mid", null);
        m.put("nested", Map.of("b", "x", "a", "y"));
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"alpha\":[true,false],\"mid\":null,\"nested\":{\"a\":\"y\",\"b\":\"x\"},\"zeta\":1}");
    }

    @Test
    void writesNumbersAsPlainDecimalsWithoutTrailingZeros() {
        assertThat(CanonicalJson.write(List.of(100, 1.50, -0.25, new BigDecimal("1E+3"), 0.0, -0.0, 1e-3, 7L)))
                .isEqualTo("[100,1.5,-0.25,1000,0,0,0.001,7]");
    }

    @Test
    void escapesOnlyQuotesBackslashesAndControlCharacters() {
        assertThat(CanonicalJson.write("a\"b\\c\nd\te\u0001f é ✓ 𝄞 /"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f é ✓ 𝄞 /\"");
    }

    @Test
    void rendersInstantsUuidsAndEnumsAsStrings() {
        assertThat(CanonicalJson.write(List.of(Instant.parse("1994-04-06T20:23:00Z"), JournalTypes.Stage.OPENED)))
                .isEqualTo("[\"1994-04-06T20:23:00Z\",\"OPENED\"]");
    }

    @Test
    void whatIsParsedBackWritesTheSameText() {
        Map<String, Object> m = Map.of("score", 0.1, "count", 1_000_000_000_000L, "text", "line\nbreak \"q\"",
                "list", List.of(Map.of("k", 2.50)), "flag", false);
        String text = CanonicalJson.write(m);
        // PostgreSQL's jsonb prints keys in its own order and with spaces: the canonical text survives that
        String asJsonbPrintsIt = "{\"flag\": false, \"list\": [{\"k\": 2.5}], \"text\": \"line\\nbreak \\\"q\\\"\", \"count\": 1000000000000, \"score\": 0.1}";
        assertThat(CanonicalJson.write(CanonicalJson.parse(asJsonbPrintsIt))).isEqualTo(text);
    }

    @Test
    void refusesDuplicateKeysWhenParsing() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 inside", "lone \uD800 surrogate", "lone \uDC00 low"})
    void refusesTextThePostgresqlStoreWouldChange(String text) {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("t", text))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("n", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("o", new Object()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
