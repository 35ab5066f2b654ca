package org.tocsin.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.support.Shared;
import org.tocsin.taxonomy.Taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Replay and evaluation over small synthetic case libraries, and over the real Rwanda case. */
class EvaluationTest {

    private final Taxonomy taxonomy = Taxonomy.framework();
    private final CaseReplay replay = new CaseReplay(taxonomy, FusionParameters.defaults(), CountryNames.standard());
    private final Evaluation evaluation = new Evaluation(replay, taxonomy);

    private static String record(String id, String date, String source, String reliability, String summary, boolean mitigating,
                                 Integer fatalities, String... codes) {
        return """
                {"id": "%s", "date": "%s", "date_precision": "day", "kind": "field_report", "source": "%s", "source_id": "%s", \
                "source_type": "ngo", "reliability": "%s", "credibility": "2", "location": "Town, Atlantis", "summary": "%s", \
                "indicators": [%s], "tags": [], "recipients": [], "fatalities": %s, "ref": "synthetic"%s}"""
                .formatted(id, date, source, source, reliability, summary,
                        String.join(", ", java.util.Arrays.stream(codes).map(c -> "\"" + c + "\"").toList()),
                        fatalities == null ? "null" : fatalities, mitigating ? ", \"mitigating\": true" : "");
    }

    /** A situation sliding into mass killing: preparation and intent from independent sources, then killings. */
    private static List<String> escalating() {
        List<String> lines = new ArrayList<>();
        String[] sources = {"monitor-a", "monitor-b", "church-c", "embassy-d", "press-e"};
        for (int i = 0; i < 5; i++) {
            lines.add(record("p-" + i, LocalDate.of(2030, 1, 5).plusWeeks(i).toString(), sources[i], "B",
                    "Militia trained and armed; lists of names drawn up", false, null, "RF07.04", "RF07.05", "RF10.01", "RF12.01"));
        }
        for (int i = 0; i < 4; i++) {
            lines.add(record("k-" + i, LocalDate.of(2030, 4, 1 + i).toString(), sources[i], "A",
                    "Massacre of civilians at the parish", false, 400, "RF10.02", "RF11.01"));
        }
        return lines;
    }

    /** Tension before an election, then peaceful polls and results accepted: a negative control. */
    private static List<String> control() {
        List<String> lines = new ArrayList<>();
        lines.add(record("t-1", "2031-03-01", "press-a", "B", "Heated campaign rhetoric", false, null, "RF08.08", "RF01.05"));
        lines.add(record("t-2", "2031-03-10", "ngo-b", "B", "Protests in the capital", false, null, "RF01.10"));
        lines.add(record("m-1", "2031-04-02", "observers-c", "A", "Peaceful polls", true, null, "RF08.08"));
        lines.add(record("m-2", "2031-04-10", "observers-d", "A", "Results accepted by all parties", true, null, "RF01.05"));
        return lines;
    }

    private static void situationFile(Path dir, String name, String country) throws Exception {
        Files.writeString(dir.resolve(name + ".situation.json"), """
                {"situation": "%s", "name": "Atlantis", "country": "%s"}""".formatted(name, country));
    }

    @Test
    void evaluationReportsLeadTimeForACaseAndNoFalseAlarmForAControl(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("atlantis-2030.jsonl"), escalating());
        Files.write(dir.resolve("atlantis-2031.jsonl"), control());
        situationFile(dir, "atlantis-2030", "AQ");
        situationFile(dir, "atlantis-2031", "AQ");
        Files.writeString(dir.resolve("manifest.json"), """
                [{"case": "atlantis-2030", "title": "Escalation", "country": "AQ", "onset": "2030-04-01", "control": false},
                 {"case": "atlantis-2031", "title": "Election passes peacefully", "country": "AQ", "onset": null, "control": true}]""");

        Evaluation.Report report = evaluation.run(dir);

        Evaluation.CaseOutcome atrocity = report.cases().get(0);
        assertThat(atrocity.firstReached()).containsKey(RiskLevel.CRITICAL).containsKey(RiskLevel.EMERGENCY);
        assertThat(atrocity.leadDays()).isPositive();
        Evaluation.CaseOutcome peaceful = report.cases().get(1);
        assertThat(peaceful.falseAlarm()).isFalse();
        assertThat(peaceful.firstReached()).doesNotContainKey(RiskLevel.CRITICAL);
        assertThat(report.summary().falseAlarms()).isZero();
        assertThat(report.summary().warnedAtAll()).isEqualTo(1);
        assertThat(Evaluation.render(report)).contains("atlantis-2030").contains("false alarms 0 of 1 controls");
    }

    @Test
    void theRwandaReplayRisesToCriticalByTheFaxAndToEmergencyAsTheKillingBegins() throws Exception {
        CaseReplay.Result r = replay.run(CaseFile.read(Shared.file("cases/rwanda-1993-1994.jsonl"), taxonomy));
        assertThat(r.firstReached(RiskLevel.HIGH).orElseThrow()).isBefore(LocalDate.of(1994, 1, 1));
        assertThat(r.firstReached(RiskLevel.CRITICAL).orElseThrow()).isBeforeOrEqualTo(LocalDate.of(1994, 1, 11));
        assertThat(r.firstReached(RiskLevel.EMERGENCY).orElseThrow()).isBetween(LocalDate.of(1994, 4, 6), LocalDate.of(1994, 4, 12));
        String text = ReplayText.render(r);
        assertThat(text).contains("rw-017").contains("Mandate gaps").contains("held for an explicit override: un-security-council:RW");
        var gap = r.escalation().mandateGaps().getFirst();
        assertThat(gap.request()).isEqualTo("rw-017");
        assertThat(gap.recipients()).hasSize(15);
        assertThat(gap.delivered()).hasSize(14);
    }

    @Test
    void recordsAreReplayedInTheOrderTheyBecameKnown(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("order.jsonl"), List.of(
                record("a", "2030-01-15", "s1", "B", "month record", false, null, "RF07.04").replace("\"day\"", "\"month\""),
                record("b", "2030-01-20", "s2", "B", "later day record", false, null, "RF07.04"),
                record("c", "2030-01-20", "s3", "B", "same day, after b in the file", false, null, "RF07.04")));
        CaseFile file = CaseFile.read(dir.resolve("order.jsonl"), taxonomy);
        assertThat(file.inOrderKnown()).extracting(s -> s.key().id()).containsExactly("b", "c", "a");
    }
}
