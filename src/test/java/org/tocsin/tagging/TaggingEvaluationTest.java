package org.tocsin.tagging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TaggingEvaluationTest {

    private static final Taxonomy TAXONOMY = Taxonomy.framework();

    private static Path shared() {
        return Path.of(System.getProperty("tocsin.shared", "../shared"));
    }

    /** A tagger whose behaviour the test can see at a glance. */
    private static TaggingEvaluation smallEvaluation() {
        Tagger tagger = new Tagger(TAXONOMY, List.of(
                Rule.of("t.weapons", Language.EN, "RF07.04", "weapons", 0.8),
                Rule.of("t.genocide", Language.EN, "RF10.02", "genocide", 0.6),
                Rule.of("t.cruel", Language.EN, "RF10.05", "mutilated", 0.6),
                Rule.of("t.peacekeepers", Language.EN, "RF14", "peacekeepers", 0.4)));
        return new TaggingEvaluation(tagger, TAXONOMY);
    }

    @Test
    void scoresFactorAndIndicatorLevelsAsDefined() {
        TaggingReport report = smallEvaluation().evaluate(List.of(
                new LabelledText("a", "weapons were handed out", Set.of("RF07.04", "RF05.02")),
                new LabelledText("b", "a genocide: victims were mutilated", Set.of("RF10")),
                new LabelledText("c", "weapons in the news", Set.of()),
                new LabelledText("d", "peacekeepers at the airport", Set.of("RF14"))), List.of("test"));

        // factor level: a {RF07,RF05} vs {RF07}; b {RF10} vs {RF10}; c {} vs {RF07}; d {RF14} vs {RF14}
        assertThat(report.factorLevel().overall()).isEqualTo(TaggingReport.Row.of("all", 4, 4, 3));
        // indicator level: b's RF10.02 and RF10.05 both fall under the gold RF10 and count once
        assertThat(report.indicatorLevel().overall()).isEqualTo(TaggingReport.Row.of("all", 4, 4, 3));
        TaggingReport.Row rf07 = report.indicatorLevel().byFactor().stream().filter(r -> r.factor().equals("RF07")).findFirst().orElseThrow();
        assertThat(rf07.gold()).isEqualTo(1);
        assertThat(rf07.suggested()).isEqualTo(2);
        assertThat(rf07.precision()).isEqualTo(0.5);
        assertThat(rf07.recall()).isEqualTo(1.0);
        TaggingReport.Row rf05 = report.factorLevel().byFactor().stream().filter(r -> r.factor().equals("RF05")).findFirst().orElseThrow();
        assertThat(rf05.precision()).as("undefined when nothing was suggested").isNull();
        assertThat(rf05.recall()).isEqualTo(0.0);

        assertThat(report.results()).extracting(TaggingReport.DocumentResult::id).containsExactly("a", "b", "c", "d");
        assertThat(report.results().get(0).missed()).containsExactly("RF05.02");
        assertThat(report.results().get(2).spurious()).containsExactly("RF07.04");
    }

    @Test
    void reportsOperatingPointsWhoseRecallNeverRisesWithTheThreshold() {
        TaggingReport report = smallEvaluation().evaluate(List.of(
                new LabelledText("d", "peacekeepers and weapons", Set.of("RF14", "RF07.04"))), List.of("test"));
        assertThat(report.operatingPoints()).extracting(TaggingReport.OperatingPoint::minConfidence)
                .containsExactlyElementsOf(TaggingEvaluation.OPERATING_POINTS);
        TaggingReport.OperatingPoint at05 = report.operatingPoints().stream().filter(p -> p.minConfidence() == 0.5).findFirst().orElseThrow();
        assertThat(at05.indicatorLevel().recall()).isEqualTo(0.5); // RF14 at 0.4 falls below
    }

    @Test
    void readsACaseFileSkippingRecordsWithoutASummary(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("case.jsonl");
        Files.writeString(file, """
                {"id":"x-1","summary":"Weapons were distributed.","indicators":["RF07.04"]}

                {"id":"x-2","indicators":["RF07.04"]}
                {"id":"x-3","summary":"A quiet day.","indicators":[]}
                """);
        List<LabelledText> items = TaggingEvaluation.readCaseFile(file);
        assertThat(items).extracting(LabelledText::id).containsExactly("x-1", "x-3");
        assertThat(items.getFirst().gold()).containsExactly("RF07.04");
    }

    @Test
    void rendersATableRowForEveryFactorAndSerialisesToJson() {
        TaggingReport report = smallEvaluation().evaluate(List.of(
                new LabelledText("a", "weapons", Set.of("RF07.04"))), List.of("test"));
        String text = report.render();
        for (int f = 1; f <= 14; f++) assertThat(text).contains(String.format("RF%02d ", f));
        assertThat(text).contains("precision", "recall", "Operating points");
        String json = JsonMapper.builder().build().writeValueAsString(report);
        assertThat(json).contains("\"factorLevel\"", "\"indicatorLevel\"", "\"operatingPoints\"");
    }

    @Test
    void evaluatesTheRwandaCaseFile() {
        Path file = shared().resolve("cases/rwanda-1993-1994.jsonl");
        assumeTrue(Files.isRegularFile(file), "needs ../shared (system property tocsin.shared)");

        TaggingReport report = TaggingEvaluation.evaluateFiles(List.of(file));

        assertThat(report.documents()).isEqualTo(TaggingEvaluation.readCaseFile(file).size());
        assertThat(report.documentsWithGold()).isPositive().isLessThan(report.documents());
        for (TaggingReport.Level level : List.of(report.factorLevel(), report.indicatorLevel())) {
            assertThat(level.byFactor()).extracting(TaggingReport.Row::factor)
                    .containsExactly("RF01", "RF02", "RF03", "RF04", "RF05", "RF06", "RF07", "RF08", "RF09", "RF10",
                            "RF11", "RF12", "RF13", "RF14");
            TaggingReport.Row all = level.overall();
            assertThat(all.gold()).isEqualTo(level.byFactor().stream().mapToInt(TaggingReport.Row::gold).sum());
            assertThat(all.truePositives()).isLessThanOrEqualTo(Math.min(all.gold(), all.suggested()));
            assertThat(all.precision()).isBetween(0.0, 1.0);
            assertThat(all.recall()).isBetween(0.0, 1.0);
        }
        assertThat(report.factorLevel().overall().recall()).isGreaterThan(0.3);
        List<Double> recalls = report.operatingPoints().stream().map(p -> p.factorLevel().recall()).toList();
        for (int i = 1; i < recalls.size(); i++) assertThat(recalls.get(i)).isLessThanOrEqualTo(recalls.get(i - 1));
        assertThat(report.render()).contains("rwanda-1993-1994.jsonl");
    }
}
