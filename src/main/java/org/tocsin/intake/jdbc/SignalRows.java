package org.tocsin.intake.jdbc;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.DecisionDetails;
import org.tocsin.intake.Place;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.RequestDetails;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The signal table's columns and how a row maps back to a {@link Signal}. */
final class SignalRows {

    static final String COLUMNS = "situation_id, id, uid, kind, source, source_id, source_type, reliability, credibility, "
            + "location, lat, lon, country, occurred_on, date_precision, occurred_until, known_on, summary, indicators, "
            + "tags, mitigating, recipients, fatalities, ref, marking, relays, implicates, action, requested_by, deadline, "
            + "responds_to, outcome, ground, label, critical, attributes, recorded_at, submitted_by, channel, content_hash";

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private SignalRows() {}

    static final RowMapper<Signal> MAPPER = (rs, n) -> map(rs);

    static Signal map(ResultSet rs) throws SQLException {
        Double lat = (Double) rs.getObject("lat");
        Double lon = (Double) rs.getObject("lon");
        LocalDate until = rs.getObject("occurred_until", LocalDate.class);
        String action = rs.getString("action");
        String respondsTo = rs.getString("responds_to");
        String outcome = rs.getString("outcome");
        String ground = rs.getString("ground");
        return new Signal(
                new SignalKey(rs.getString("situation_id"), rs.getString("id")),
                SignalKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                rs.getString("source"), rs.getString("source_id"),
                SourceType.valueOf(rs.getString("source_type").toUpperCase(Locale.ROOT)),
                Reliability.valueOf(rs.getString("reliability")),
                Credibility.ofNumber(rs.getInt("credibility")),
                new Place(rs.getString("location"), lat, lon, rs.getString("country")),
                new SignalTime(rs.getObject("occurred_on", LocalDate.class),
                        DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(Locale.ROOT)), until),
                rs.getString("summary"),
                list(rs.getArray("indicators")), list(rs.getArray("tags")), rs.getBoolean("mitigating"),
                list(rs.getArray("recipients")), (Integer) rs.getObject("fatalities"), rs.getString("ref"),
                rs.getString("marking"), list(rs.getArray("relays")), list(rs.getArray("implicates")),
                action == null ? null : new RequestDetails(action, rs.getString("requested_by"), rs.getString("deadline")),
                respondsTo == null && outcome == null && ground == null ? null : new DecisionDetails(respondsTo, outcome, ground),
                Tlp.parse(rs.getString("label")).orElseThrow(),
                rs.getBoolean("critical"),
                JSON.readValue(rs.getString("attributes"), STRING_MAP),
                new Receipt(rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("submitted_by"), Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT))));
    }

    private static List<String> list(Array array) throws SQLException {
        if (array == null) return List.of();
        return Arrays.asList((String[]) array.getArray());
    }

    /** The values of one signal in {@link #COLUMNS} order, for JDBC inserts and COPY. */
    static Object[] values(Signal s) {
        return values(s, s.contentHash());
    }

    static Object[] values(Signal s, String contentHash) {
        Place p = s.place();
        SignalTime t = s.time();
        return new Object[] {
                s.key().situation(), s.key().id(), s.key().uuid(), s.kind().wire(), s.source(), s.sourceId(),
                s.sourceType().wire(), s.reliability().name(), (short) s.credibility().number(),
                p.name(), p.lat(), p.lon(), p.country(), t.date(), t.precision().wire(), t.end(), t.knownOn(),
                s.summary(), s.indicators(), s.tags(), s.mitigating(), s.recipients(), s.fatalities(), s.ref(),
                s.marking(), s.relays(), s.implicates(),
                s.request() == null ? null : s.request().action(),
                s.request() == null ? null : s.request().requestedBy(),
                s.request() == null ? null : s.request().deadline(),
                s.decision() == null ? null : s.decision().respondsTo(),
                s.decision() == null ? null : s.decision().outcome(),
                s.decision() == null ? null : s.decision().ground(),
                s.label().wire(), s.critical(), JSON.writeValueAsString(s.attributes()),
                s.receipt().recordedAt(), s.receipt().submittedBy(), s.receipt().channel().wire(), contentHash
        };
    }
}
