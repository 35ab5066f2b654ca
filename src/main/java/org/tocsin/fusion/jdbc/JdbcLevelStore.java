package org.tocsin.fusion.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.fusion.FusionService;
import org.tocsin.fusion.RiskLevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The last recorded level per situation, locked for update while a change is acted on. */
public final class JdbcLevelStore implements FusionService.LevelStore {

    private final JdbcTemplate jdbc;

    public JdbcLevelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FusionService.RecordedLevel> lock(String situation) {
        // lock the situation itself too, so the first recording of a level is not raced
        jdbc.query("select 1 from situation where id = ? for update", (org.springframework.jdbc.core.RowCallbackHandler) rs -> { }, situation);
        return jdbc.query("select level, score, as_of, last_seq, changed_at from situation_risk where situation_id = ? for update",
                (rs, n) -> new FusionService.RecordedLevel(RiskLevel.valueOf(rs.getString(1)), rs.getDouble(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getObject(5, OffsetDateTime.class).toInstant()),
                situation).stream().findFirst();
    }

    @Override
    public void save(String situation, FusionService.RecordedLevel l) {
        jdbc.update("""
                insert into situation_risk (situation_id, level, score, as_of, last_seq, changed_at) values (?, ?, ?, ?, ?, ?)
                on conflict (situation_id) do update set level = excluded.level, score = excluded.score, as_of = excluded.as_of,
                  last_seq = excluded.last_seq, changed_at = excluded.changed_at""",
                situation, l.level().name(), l.score(), l.asOf(), l.lastSeq(), l.changedAt().atOffset(ZoneOffset.UTC));
    }
}
