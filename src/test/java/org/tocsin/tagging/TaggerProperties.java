package org.tocsin.tagging;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.tocsin.taxonomy.Taxonomy;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerProperties {

    private static final Taxonomy TAXONOMY = Taxonomy.framework();
    private static final Tagger TAGGER = Tagger.standard(TAXONOMY);

    /** Texts mixing words the rules know (so that rules fire), cues, punctuation and arbitrary characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> known = Arbitraries.of("weapons", "distributed", "armes", "distribuées", "no", "not", "aucune",
                "militia", "trained", "inyenzi", "cockroaches", "peacekeepers", "killed", "Tutsi", "massacre", "coup",
                "but", "mais", "n't", "1,700", ",", ".", ";", "-", "'", "É", "roadblocks", "denied", "lists", "of", "names");
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(12);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(5, known), Tuple.of(1, any));
        return token.list().ofMaxSize(40).map(words -> String.join(" ", words));
    }

    @Property(tries = 300)
    void suggestionsAreDeterministic(@ForAll("texts") String text) {
        assertThat(TAGGER.suggest(text)).isEqualTo(TAGGER.suggest(text));
    }

    @Property(tries = 300)
    void evidencePointsIntoTheTextAndCodesAreKnown(@ForAll("texts") String text) {
        List<Suggestion> suggestions = TAGGER.suggest(text);
        for (Suggestion s : suggestions) {
            assertThat(s.start()).isBetween(0, s.end() - 1);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.evidence());
            assertThat(TAXONOMY.knows(s.code())).isTrue();
            assertThat(s.confidence()).isGreaterThan(0).isLessThan(1);
        }
        assertThat(suggestions).extracting(Suggestion::code).doesNotHaveDuplicates();
    }
}
