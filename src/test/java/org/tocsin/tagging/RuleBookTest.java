package org.tocsin.tagging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tocsin.common.TocsinException;
import org.tocsin.taxonomy.Taxonomy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookTest {

    private static final Taxonomy TAXONOMY = Taxonomy.framework();

    @Test
    void readsEveryStandardFileWithItsVersion() {
        RuleBook book = RuleBook.standard();
        assertThat(book.versions()).containsKeys("classes.tsv", "cues.tsv", "rules-en.tsv", "rules-fr.tsv", "lexicon-rw.tsv");
        assertThat(book.versions().values()).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(book.rules()).extracting(Rule::language).contains(Language.EN, Language.FR, Language.RW);
    }

    @Test
    void namesOnlyCodesTheTaxonomyKnowsAndFactorCodesOnlyWithoutIndicators() {
        RuleBook book = RuleBook.standard();
        for (Rule rule : book.rules()) {
            assertThat(rule.comment()).as(rule.id()).isNotBlank();
            for (String code : rule.codes()) {
                assertThat(TAXONOMY.knows(code)).as("%s in %s", code, rule.id()).isTrue();
                if (code.length() == 4) assertThat(TAXONOMY.factor(code).orElseThrow().indicators()).isEmpty();
            }
        }
        new Tagger(TAXONOMY, book); // compiles every pattern
    }

    @Test
    void coversEveryRiskFactor() {
        Set<String> factors = new HashSet<>();
        RuleBook.standard().rules().forEach(r -> r.codes().forEach(c -> factors.add(Taxonomy.factorOf(c))));
        assertThat(factors).hasSize(14);
    }

    @Test
    void rejectsAnUnknownIndicatorCode() {
        Rule rule = Rule.of("t.bad", Language.EN, "RF07.99", "weapons", 0.5);
        assertThatThrownBy(() -> new Tagger(TAXONOMY, List.of(rule)))
                .isInstanceOf(TocsinException.class).hasMessageContaining("RF07.99").hasMessageContaining("t.bad");
    }

    @Test
    void rejectsAFactorLevelCodeWhereTheFactorHasIndicators() {
        Rule rule = Rule.of("t.factor", Language.EN, "RF10", "genocide", 0.5);
        assertThatThrownBy(() -> new Tagger(TAXONOMY, List.of(rule)))
                .isInstanceOf(TocsinException.class).hasMessageContaining("RF10 has indicators");
        new Tagger(TAXONOMY, List.of(Rule.of("t.rf14", Language.EN, "RF14", "peacekeepers", 0.5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(weapons)+", "weapons ~", "~3 weapons", "arms ~20 cache", "a* weapons", "arms ~2 ~2 cache",
            "arms ||", "@NO_SUCH_CLASS", "weap*ons"})
    void rejectsPatternsOutsideTheLanguage(String pattern) {
        Rule rule = Rule.of("t.pattern", Language.EN, "RF07.04", pattern, 0.5);
        assertThatThrownBy(() -> new Tagger(TAXONOMY, List.of(rule))).isInstanceOf(TocsinException.class)
                .hasMessageContaining("t.pattern");
    }

    @Test
    void rejectsADuplicateRuleId() {
        Rule a = Rule.of("t.same", Language.EN, "RF07.04", "weapons", 0.5);
        Rule b = Rule.of("t.same", Language.EN, "RF07.05", "militia", 0.5);
        assertThatThrownBy(() -> new Tagger(TAXONOMY, List.of(a, b))).hasMessageContaining("used twice");
    }

    @Test
    void namesTheFileAndLineOfAMalformedRow() {
        String file = "# version: 1\n"
                + "t.ok\ten\tRF07.04\tweapons\t0.5\tfine\n"
                + "t.short\ten\tRF07.04\tweapons\t0.5\n";
        assertThatThrownBy(() -> RuleFiles.rules(file, "rules-test.tsv"))
                .hasMessageContaining("rules-test.tsv:3").hasMessageContaining("6 tab-separated columns");
    }

    @Test
    void requiresACommentAndAVersion() {
        assertThatThrownBy(() -> RuleFiles.rules("t.x\ten\tRF07.04\tweapons\t0.5\t \n", "r.tsv"))
                .hasMessageContaining("r.tsv:1").hasMessageContaining("comment");
        assertThatThrownBy(() -> RuleFiles.version("# no version here\n", "r.tsv")).hasMessageContaining("version");
    }

    @Test
    void readsMultipleCodesAndTheOrigin() {
        List<Rule> rules = RuleFiles.rules("# version: 1\nt.x\ten\tRF07.04, RF05.02\tweapons\t0.8\twhy\n", "r.tsv");
        assertThat(rules.getFirst().codes()).containsExactly("RF07.04", "RF05.02");
        assertThat(rules.getFirst().origin()).isEqualTo("r.tsv:2");
    }
}
