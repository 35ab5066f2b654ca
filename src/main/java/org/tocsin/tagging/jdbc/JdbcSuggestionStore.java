package org.tocsin.tagging.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.tagging.Suggestion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Indicator suggestions in PostgreSQL. */
public final class JdbcSuggestionStore implements IndicatorReview.Store {

    private static final String COLUMNS = "signal_uid, situation_id, code, confidence, span_start, span_end, evidence, rule_id, "
            + "suggested_at, status, decided_by, decided_at";
    private static final RowMapper<IndicatorReview.Stored> MAPPER = (rs, n) -> new IndicatorReview.Stored(
            rs.getObject("signal_uid", UUID.class), rs.getString("situation_id"),
            new Suggestion(rs.getString("code"), rs.getDouble("confidence"), rs.getInt("span_start"), rs.getInt("span_end"),
                    rs.getString("evidence"), rs.getString("rule_id"), List.of()),
            IndicatorReview.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("decided_by"),
            rs.getObject("suggested_at", OffsetDateTime.class).toInstant(),
            rs.getObject("decided_at", OffsetDateTime.class) == null ? null : rs.getObject("decided_at", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;

    public JdbcSuggestionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertNew(UUID signal, String situation, List<Suggestion> suggestions, Instant at) {
        jdbc.batchUpdate("insert into indicator_suggestion (signal_uid, situation_id, code, confidence, span_start, span_end, "
                        + "evidence, rule_id, suggested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                suggestions.stream().map(s -> new Object[] {signal, situation, s.code(), s.confidence(), s.start(), s.end(),
                        s.evidence(), s.ruleId(), at.atOffset(ZoneOffset.UTC)}).toList());
    }

    @Override
    public List<IndicatorReview.Stored> forSignal(UUID signal) {
        return jdbc.query("select " + COLUMNS + " from indicator_suggestion where signal_uid = ? order by confidence desc, code",
                MAPPER, signal);
    }

    @Override
    public Optional<IndicatorReview.Stored> find(UUID signal, String code) {
        return jdbc.query("select " + COLUMNS + " from indicator_suggestion where signal_uid = ? and code = ? for update",
                MAPPER, signal, code).stream().findFirst();
    }

    @Override
    public boolean decide(UUID signal, String code, IndicatorReview.Status status, String by, Instant at) {
        return jdbc.update("update indicator_suggestion set status = ?, decided_by = ?, decided_at = ? "
                        + "where signal_uid = ? and code = ? and status = 'suggested'",
                status.name().toLowerCase(Locale.ROOT), by, at.atOffset(ZoneOffset.UTC), signal, code) == 1;
    }

    @Override
    public Map<UUID, Set<String>> confirmed(String situation) {
        Map<UUID, Set<String>> out = new HashMap<>();
        jdbc.query("select signal_uid, code from indicator_suggestion where situation_id = ? and status = 'confirmed'",
                rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
                }, situation);
        return out;
    }

    @Override
    public long confirmedCount(String situation) {
        Long n = jdbc.queryForObject("select count(*) from indicator_suggestion where situation_id = ? and status = 'confirmed'",
                Long.class, situation);
        return n == null ? 0 : n;
    }
}
