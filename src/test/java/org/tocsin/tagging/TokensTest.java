package org.tocsin.tagging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    private static List<String> folded(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size; i++) out.add(t.folded[i]);
        return out;
    }

    @Test
    void foldsCaseAndAccentsButKeepsOriginalOffsets() {
        String text = "Armes DISTRIBUÉES à Kigali, œuvre";
        Tokens t = Tokens.of(text, Set.of());
        assertThat(folded(t)).containsExactly("armes", "distribuees", "a", "kigali", "oeuvre");
        assertThat(text.substring(t.start[1], t.end[1])).isEqualTo("DISTRIBUÉES");
    }

    @Test
    void splitsHyphensAndApostrophesLikeThePatterns() {
        Tokens t = Tokens.of("anti-Tutsi caches d'armes l’ONU", Set.of());
        assertThat(folded(t)).containsExactly("anti", "tutsi", "caches", "d", "armes", "l", "onu");
    }

    @Test
    void keepsGroupedDigitsAsOneNumber() {
        Tokens t = Tokens.of("about 1,700 men and 2.5 tons", Set.of());
        assertThat(folded(t)).containsExactly("about", "1700", "men", "and", "25", "tons");
        assertThat(t.number[1]).isTrue();
        assertThat(t.number[2]).isFalse();
    }

    @Test
    void turnsAContractedNotIntoAToken() {
        Tokens t = Tokens.of("They weren't armed; it's late", Set.of());
        assertThat(folded(t)).containsExactly("they", "weren", "not", "armed", "it", "s", "late");
    }

    @Test
    void endsSentencesAtFullStopsButNotAfterTitlesOrInitials() {
        Tokens t = Tokens.of("Col. Marchal met the U.S. envoy. Then he left; later, home", Set.of("col"));
        int marchal = folded(t).indexOf("marchal");
        int envoy = folded(t).indexOf("envoy");
        int then = folded(t).indexOf("then");
        int later = folded(t).indexOf("later");
        assertThat(t.sentence[marchal]).isEqualTo(t.sentence[envoy]);
        assertThat(t.sentence[then]).isGreaterThan(t.sentence[envoy]);
        assertThat(t.sentence[later]).isGreaterThan(t.sentence[then]);
        int home = folded(t).indexOf("home");
        assertThat(t.sentence[home]).isEqualTo(t.sentence[later]);
        assertThat(t.phrase[home]).isGreaterThan(t.phrase[later]);
    }
}
