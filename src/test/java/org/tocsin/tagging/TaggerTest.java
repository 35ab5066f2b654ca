package org.tocsin.tagging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tocsin.taxonomy.Taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerTest {

    private static final Taxonomy TAXONOMY = Taxonomy.framework();
    private static final Tagger TAGGER = Tagger.standard(TAXONOMY);

    private static List<String> codes(String text) {
        return TAGGER.suggest(text).stream().map(Suggestion::code).toList();
    }

    private static Optional<Suggestion> suggestion(String text, String code) {
        return TAGGER.suggest(text).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    // ---- arms, militias: the 1994 warnings --------------------------------------------------------------

    @Test
    void suggestsArmsAcquisitionForWeaponsDistributedToCivilians() {
        String text = "A bishop denounced the distribution of weapons to civilians in the prefecture.";
        Suggestion arms = suggestion(text, "RF07.04").orElseThrow();
        assertThat(arms.evidence()).isEqualTo("distribution of weapons");
        assertThat(arms.ruleId()).isEqualTo("en.rf07.arms-distribution");
        assertThat(arms.confidence()).isGreaterThanOrEqualTo(0.7);
        assertThat(codes(text)).contains("RF05.02");
    }

    @Test
    void suggestsArmsForACacheOfWeaponsWithANumberInBetween() {
        assertThat(codes("The informant described a cache of at least 135 rifles and grenades.")).contains("RF07.04");
    }

    @Test
    void suggestsMilitiaCreationForTrainedMilitias() {
        Suggestion militia = suggestion("Party youth were trained as militias in army camps.", "RF07.05").orElseThrow();
        assertThat(militia.evidence()).isEqualTo("trained as militias");
    }

    // ---- negation -------------------------------------------------------------------------------------

    @Test
    void doesNotSuggestArmsWhenNoWeaponsWereFound() {
        assertThat(codes("No weapons were found in the search of the compound.")).doesNotContain("RF07.04");
    }

    @Test
    void doesNotSuggestArmsWhenNoWeaponIsFoundInFrench() {
        assertThat(codes("Aucune arme n'a été trouvée lors de la fouille.")).doesNotContain("RF07.04");
    }

    @Test
    void doesNotSuggestMilitiaTrainingWhenThereIsNoEvidenceOfIt() {
        assertThat(codes("There is no evidence of militia training in the commune.")).doesNotContain("RF07.05");
    }

    @Test
    void doesNotSuggestArmsWhenTheirDistributionIsDenied() {
        assertThat(codes("The mayor denied that arms were distributed.")).doesNotContain("RF07.04", "RF05.02");
    }

    @Test
    void readsAContractedNotAsANegation() {
        assertThat(codes("Soldiers weren't distributing weapons.")).doesNotContain("RF07.04");
    }

    @Test
    void readsANegationInsideTheMatchedPhrase() {
        assertThat(codes("The weapons were not distributed.")).doesNotContain("RF07.04");
        assertThat(codes("Les armes n'ont pas été distribuées.")).doesNotContain("RF07.04");
    }

    @Test
    void doesNotLetANegationReachPastButOrAComma() {
        assertThat(codes("No casualties were reported, but weapons were handed out to the youth."))
                .contains("RF07.04");
        assertThat(codes("Pas de victimes, mais des armes ont été distribuées aux jeunes.")).contains("RF07.04");
    }

    @Test
    void keepsAMatchWhoseOwnWordsAreTheDenial() {
        // the denial is the evidence for RF02.06, not a negation of it
        Suggestion denial = suggestion("The foreign minister denied any government role in the massacres.", "RF02.06")
                .orElseThrow();
        assertThat(denial.evidence()).startsWith("denied");
    }

    @Test
    void reportsANegatedMatchWithTheCueThatSuppressedIt() {
        List<Match> matches = TAGGER.matches("No weapons were found.");
        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.negated()).isTrue();
            assertThat(m.cue()).isEqualTo("No");
        });
        assertThat(TAGGER.suggest("No weapons were found.")).isEmpty();
    }

    // ---- French, Kinyarwanda, inflection, accents ------------------------------------------------------

    @Test
    void recognisesInyenziAsDehumanisingLanguageInsideFrenchText() {
        String text = "La radio appelle la population à exterminer les inyenzi.";
        Suggestion s = suggestion(text, "RF10.06").orElseThrow();
        assertThat(s.evidence()).isEqualTo("inyenzi");
        assertThat(s.ruleId()).isEqualTo("rw.inyenzi");
        assertThat(text.substring(s.start(), s.end())).isEqualTo("inyenzi");
        assertThat(codes(text)).contains("RF10.01", "RF08.07");
    }

    @Test
    void recognisesKinyarwandaTermsInsideEnglishText() {
        assertThat(codes("Broadcasts denounced the ibyitso hiding in the city.")).contains("RF04.06");
        assertThat(codes("Local leaders told the crowd to begin 'gukora' at dawn.")).contains("RF08.07");
        assertThat(codes("Men manned a bariyeri on the main road.")).contains("RF12.02");
    }

    @Test
    void translatesCockroachesAsDehumanisingInEnglish() {
        assertThat(codes("The station called for a final war against the cockroaches.")).contains("RF10.06", "RF07.14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Militias distribute weapons to supporters.", "Weapons were distributed to supporters.",
            "The distribution of weapons continued.", "Officials are distributing weapons.",
            "Weapons distributions were reported."})
    void matchesInflectedEnglishForms(String text) {
        assertThat(codes(text)).contains("RF07.04");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Des armes ont été distribuées aux jeunes.", "Le préfet a distribué des fusils.",
            "La distribution d'armes se poursuit.", "Des grenades sont distribuées la nuit.",
            "Les autorités distribuent des machettes."})
    void matchesInflectedFrenchForms(String text) {
        assertThat(codes(text)).contains("RF07.04");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DES ARMES ONT ÉTÉ DISTRIBUÉES", "des armes ont ete distribuees", "Des Armes Ont Été Distribuées"})
    void ignoresCaseAndAccents(String text) {
        assertThat(codes(text)).contains("RF07.04");
    }

    @Test
    void pointsTheEvidenceSpanAtTheOriginalAccentedText() {
        String text = "Rapport : des machettes IMPORTÉES en grande quantité ont été livrées aux miliciens.";
        for (Suggestion s : TAGGER.suggest(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.evidence());
            for (Suggestion.Evidence e : s.further()) assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        Suggestion arms = suggestion(text, "RF07.04").orElseThrow();
        assertThat(arms.evidence()).contains("machettes");
    }

    // ---- other indicators -----------------------------------------------------------------------------

    @Test
    void suggestsThreatsToPeacekeepingForAttacksOnPeacekeepers() {
        Suggestion s = suggestion("Ten peacekeepers were disarmed and killed at the camp.", "RF14").orElseThrow();
        assertThat(s.evidence()).isEqualTo("peacekeepers were disarmed");
        assertThat(codes("Des casques bleus ont été attaqués près de la frontière.")).contains("RF14");
    }

    @Test
    void suggestsIrregularTransferOfPowerForACoup() {
        assertThat(codes("Army officers staged a coup and dissolved parliament."))
                .contains("RF01.04", "RF08.04", "RF07.02");
    }

    @Test
    void suggestsAttackOnLeadersForAnAssassination() {
        assertThat(codes("The opposition leader was assassinated outside his home.")).contains("RF08.05");
    }

    @Test
    void suggestsElectionsAsATrigger() {
        assertThat(codes("The election results were disputed and the vote count was stopped.")).contains("RF08.08");
    }

    @Test
    void suggestsListsOfNamesAsMarking() {
        assertThat(codes("The militia leader had drawn up lists of names of opponents in each district."))
                .contains("RF07.12");
    }

    @Test
    void suggestsDiscriminatorySecurityProceduresForRoadblocks() {
        assertThat(codes("Roadblocks went up across the capital within the hour.")).contains("RF12.02");
    }

    @Test
    void doesNotLetAPatternCrossASentence() {
        assertThat(codes("Weapons were seized. Food was distributed later.")).doesNotContain("RF05.02");
    }

    @Test
    void doesNotReadACallToStopViolenceAsIncitement() {
        assertThat(codes("The envoy calls on them to stop the violence.")).doesNotContain("RF08.07");
    }

    // ---- merging and order ----------------------------------------------------------------------------

    @Test
    void keepsOneSuggestionPerCodeAndListsFurtherEvidence() {
        String text = "Weapons were distributed in the north. Arms caches were also found in the south.";
        List<Suggestion> arms = TAGGER.suggest(text).stream().filter(s -> s.code().equals("RF07.04")).toList();
        assertThat(arms).hasSize(1);
        assertThat(arms.getFirst().further()).isNotEmpty();
    }

    @Test
    void combinesDistinctRulesButNotRepeatsOfOneRule() {
        Rule weapons = Rule.of("t.weapons", Language.EN, "RF07.04", "weapons", 0.5);
        Rule caches = Rule.of("t.caches", Language.EN, "RF07.04", "caches", 0.5);
        Tagger tagger = new Tagger(TAXONOMY, List.of(weapons, caches));
        assertThat(tagger.suggest("weapons and more weapons").getFirst().confidence()).isEqualTo(0.5);
        assertThat(tagger.suggest("weapons in caches").getFirst().confidence()).isEqualTo(0.75);
    }

    @Test
    void ordersSuggestionsByConfidenceThenCode() {
        List<Suggestion> all = TAGGER.suggest("Militias distributed weapons, set up roadblocks and broadcast hate propaganda; "
                + "refugees fled the massacres.");
        assertThat(all).hasSizeGreaterThan(3);
        for (int i = 1; i < all.size(); i++) {
            Suggestion a = all.get(i - 1);
            Suggestion b = all.get(i);
            assertThat(a.confidence() > b.confidence() || (a.confidence() == b.confidence() && a.code().compareTo(b.code()) < 0))
                    .as("%s before %s", a.code(), b.code()).isTrue();
        }
    }

    @Test
    void returnsNothingForABlankText() {
        assertThat(TAGGER.suggest("")).isEmpty();
        assertThat(TAGGER.suggest("   ")).isEmpty();
        assertThat(TAGGER.suggest(null)).isEmpty();
    }

    @Test
    void givesTheSameSuggestionsFromAFreshTaggerAndFromManyThreads() {
        String text = "Interahamwe manned roadblocks; RTLM called the Tutsi inyenzi and urged listeners to kill them.";
        List<Suggestion> once = TAGGER.suggest(text);
        assertThat(Tagger.standard(TAXONOMY).suggest(text)).isEqualTo(once);
        assertThat(IntStream.range(0, 200).parallel().mapToObj(i -> TAGGER.suggest(text)).distinct().toList())
                .containsExactly(once);
    }

    @Test
    void explainsASuggestionByItsRule() {
        Suggestion s = suggestion("Arms were distributed.", "RF07.04").orElseThrow();
        Rule rule = TAGGER.rule(s.ruleId()).orElseThrow();
        assertThat(rule.comment()).isNotBlank();
        assertThat(rule.origin()).startsWith("rules-en.tsv:");
    }
}
