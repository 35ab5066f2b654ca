package org.tocsin.fusion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalDefaults;
import org.tocsin.intake.SignalParser;
import org.tocsin.support.Shared;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the Rwanda case file (each record's own indicators counting) through the engine with the
 * default parameters and checks it against the public record: at least HIGH before the end of 1993,
 * CRITICAL no later than the 11 January 1994 cable, EMERGENCY within days of the killing starting on
 * 6–7 April 1994.
 */
class RwandaReplayTest {

    static final String CASE = "rwanda-1993-1994";
    static final Area RWANDA = Area.of("RW", "Rwanda").withBox(-2.85, -1.04, 28.85, 30.90);

    static List<Signal> signals;
    static RiskTimeline timeline;
    static java.util.Map<String, Evidence> byId;

    @BeforeAll
    static void replay() throws IOException {
        signals = readCase();
        CountryNames countries = CountryNames.standard();
        List<Evidence> evidence = signals.stream()
                .map(s -> Evidence.of(s, Set.copyOf(s.indicators()), RWANDA, countries)).toList();
        SituationRisk risk = new SituationRisk(CASE, Taxonomy.framework(), FusionParameters.defaults());
        timeline = RiskTimeline.replayDaily(risk, evidence, LocalDate.of(1994, 7, 31));
        byId = evidence.stream().collect(java.util.stream.Collectors.toMap(e -> e.key().id(), e -> e));
    }

    static List<Signal> readCase() throws IOException {
        var file = Shared.file("cases/" + CASE + ".jsonl");
        var mapper = JsonMapper.builder().build();
        var parser = new SignalParser(Taxonomy.framework());
        var receipt = new Receipt(Instant.parse("2026-01-01T00:00:00Z"), "replay", Channel.IMPORT_CASE);
        List<Signal> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            switch (parser.parse(mapper.readTree(line), new SignalDefaults(CASE, Tlp.CLEAR), receipt)) {
                case Parsed.Ok<Signal> ok -> out.add(ok.value());
                case Parsed.Refused<Signal> refused -> throw new AssertionError("case record does not parse: " + refused.errors());
            }
        }
        return out;
    }

    Optional<LocalDate> firstDayAtLeast(RiskLevel level) {
        return timeline.points().stream().filter(p -> p.level().isAtLeast(level)).map(RiskTimeline.Point::on).findFirst();
    }

    @Test
    void reachesHighBeforeTheEndOf1993() {
        assertThat(firstDayAtLeast(RiskLevel.HIGH)).hasValueSatisfying(d -> assertThat(d).isBefore(LocalDate.of(1994, 1, 1)));
    }

    @Test
    void reachesCriticalNoLaterThanTheGenocideFaxOf11January1994() {
        assertThat(firstDayAtLeast(RiskLevel.CRITICAL)).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.of(1994, 1, 11)));
    }

    @Test
    void declaresEmergencyWithinDaysOfTheKillingStartingOn6April1994() {
        assertThat(firstDayAtLeast(RiskLevel.EMERGENCY)).hasValueSatisfying(d ->
                assertThat(d).isBetween(LocalDate.of(1994, 4, 6), LocalDate.of(1994, 4, 9)));
    }

    @Test
    void doesNotDeclareEmergencyBeforeTheKillingStarts() {
        assertThat(timeline.points()).filteredOn(p -> p.on().isBefore(LocalDate.of(1994, 4, 6)))
                .allSatisfy(p -> assertThat(p.level()).isNotEqualTo(RiskLevel.EMERGENCY));
    }

    RiskTimeline.LevelChange firstChangeTo(RiskLevel level) {
        return timeline.changes().stream().filter(c -> c.to() == level).findFirst().orElseThrow();
    }

    @Test
    void theCriticalLevelIsExplainedByTheInformantAndTheCableThatRelayedHim() {
        RiskTimeline.LevelChange critical = firstChangeTo(RiskLevel.CRITICAL);

        assertThat(critical.causes()).first().satisfies(c -> assertThat(c.key().id()).isEqualTo("rw-017"));
        assertThat(critical.drivers()).extracting(d -> d.key().id()).contains("rw-016", "rw-017");
    }

    @Test
    void theEmergencyRestsOnIndependentReportsOfKillingInRwanda() {
        RiskTimeline.LevelChange emergency = firstChangeTo(RiskLevel.EMERGENCY);

        assertThat(emergency.reason()).contains("mass killing under way").contains("independent");
        assertThat(emergency.causes()).extracting(c -> c.key().id()).contains("rw-044");
    }

    @Test
    void burundisDeadAreNotKillingsInRwanda() {
        assertThat(byId.get("rw-002").locality()).isEqualTo(Locality.OUTSIDE);
        assertThat(byId.get("rw-005").locality()).isEqualTo(Locality.INSIDE);
        SituationRisk afterBurundi = SituationRisk.of(CASE, Taxonomy.framework(), FusionParameters.defaults(), List.of(byId.get("rw-002")));
        assertThat(afterBurundi.assess(LocalDate.of(1993, 10, 21)).explanation().killing().fatalities()).isZero();
    }
}
