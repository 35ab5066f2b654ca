package org.tocsin.fusion;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.Place;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;
import org.tocsin.taxonomy.Taxonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Object mother for fusion tests: signals in a synthetic situation, and the evidence they give. */
final class Signals {

    static final String SITUATION = "testland";
    static final LocalDate DAY0 = LocalDate.of(2030, 1, 1);
    static final Taxonomy TAXONOMY = Taxonomy.framework();
    static final Area TESTLAND = Area.of("RW", "Rwanda").withBox(-2.85, -1.04, 28.85, 30.90);

    private Signals() {}

    static Builder signal(String id) { return new Builder(id); }

    static SituationRisk situation(Evidence... evidence) {
        return SituationRisk.of(SITUATION, TAXONOMY, FusionParameters.defaults(), List.of(evidence));
    }

    static SituationRisk situation(FusionParameters params, Evidence... evidence) {
        return SituationRisk.of(SITUATION, TAXONOMY, params, List.of(evidence));
    }

    static final class Builder {
        private final String id;
        private String source = "source-a";
        private Reliability reliability = Reliability.B;
        private Credibility credibility = Credibility.PROBABLY_TRUE;
        private LocalDate date = DAY0;
        private DatePrecision precision = DatePrecision.DAY;
        private List<String> indicators = List.of();
        private List<String> relays = List.of();
        private List<String> tags = List.of();
        private boolean mitigating;
        private Integer fatalities;
        private Locality locality = Locality.INSIDE;

        Builder(String id) { this.id = id; }

        Builder from(String sourceId) { source = sourceId; return this; }

        Builder graded(String admiralty) {
            reliability = Reliability.parse(admiralty.substring(0, 1)).orElseThrow();
            credibility = Credibility.parse(admiralty.substring(1)).orElseThrow();
            return this;
        }

        Builder onDay(int day) { date = DAY0.plusDays(day); return this; }

        Builder on(LocalDate d) { date = d; return this; }

        Builder datedToTheMonth() { precision = DatePrecision.MONTH; return this; }

        Builder showing(String... codes) { indicators = List.of(codes); return this; }

        Builder relaying(String... ids) { relays = List.of(ids); return this; }

        Builder mitigating() { mitigating = true; return this; }

        Builder killed(int dead) { fatalities = dead; return this; }

        Builder estimatingOverall(int dead) { fatalities = dead; tags = List.of("casualty_estimate"); return this; }

        Builder outsideTheArea() { locality = Locality.OUTSIDE; return this; }

        Builder inUnknownPlace() { locality = Locality.UNKNOWN; return this; }

        Signal signal() {
            return new Signal(new SignalKey(SITUATION, id), SignalKind.FIELD_REPORT, source, source, SourceType.UN_FIELD,
                    reliability, credibility, Place.unknown(), SignalTime.of(date, precision), "summary of " + id,
                    indicators, tags, mitigating, List.of(), fatalities, null, null, relays, List.of(), null, null,
                    Tlp.CLEAR, false, Map.of(), new Receipt(Instant.parse("2040-01-01T00:00:00Z"), "test", Channel.API));
        }

        /** The evidence it gives when all its own indicators count. */
        Evidence evidence() {
            Signal s = signal();
            return Evidence.of(s, Set.copyOf(new ArrayList<>(s.indicators())), locality);
        }
    }
}
