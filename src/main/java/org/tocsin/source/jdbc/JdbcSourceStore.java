package org.tocsin.source.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SourceType;
import org.tocsin.source.GradeChange;
import org.tocsin.source.Handler;
import org.tocsin.source.Pseudonym;
import org.tocsin.source.ReportOutcome;
import org.tocsin.source.Source;
import org.tocsin.source.SourceId;
import org.tocsin.source.SourceStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sources, handlers and reliability records in PostgreSQL (migration V60). */
public final class JdbcSourceStore implements SourceStore {

    private static final String COLUMNS = "id, pseudonym, source_type, default_reliability, registered_by, registered_at";

    private final JdbcTemplate jdbc;

    public JdbcSourceStore(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @Override
    public boolean insert(Source s) {
        return jdbc.update("insert into source (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                s.id().value(), s.pseudonym().value(), s.type().wire(), s.reliability().name(), s.registeredBy(),
                utc(s.registeredAt())) == 1;
    }

    @Override
    public Optional<Source> find(SourceId id) {
        return jdbc.query("select " + COLUMNS + " from source where id = ?", SOURCE, id.value()).stream().findFirst();
    }

    @Override
    public Optional<Source> lock(SourceId id) {
        return jdbc.query("select " + COLUMNS + " from source where id = ? for update", SOURCE, id.value()).stream().findFirst();
    }

    @Override
    public List<Source> list() {
        return jdbc.query("select " + COLUMNS + " from source order by pseudonym", SOURCE);
    }

    @Override
    public List<Handler> handlers(SourceId id) {
        return jdbc.query("select person, assigned_by, assigned_at, revoked_by, revoked_at from source_handler"
                + " where source_id = ? order by seq", (rs, n) -> new Handler(rs.getString(1), rs.getString(2), instant(rs, 3),
                rs.getString(4), instant(rs, 5)), id.value());
    }

    @Override
    public void assignHandler(SourceId id, String person, String by, Instant at) {
        jdbc.update("insert into source_handler (source_id, person, assigned_by, assigned_at) values (?, ?, ?, ?)",
                id.value(), person, by, utc(at));
    }

    @Override
    public boolean revokeHandler(SourceId id, String person, String by, Instant at) {
        return jdbc.update("update source_handler set revoked_by = ?, revoked_at = ? where source_id = ? and person = ?"
                + " and revoked_at is null", by, utc(at), id.value(), person) == 1;
    }

    @Override
    public void changeGrade(SourceId id, GradeChange c) {
        jdbc.update("update source set default_reliability = ? where id = ?", c.to().name(), id.value());
        jdbc.update("insert into source_grade_change (source_id, from_grade, to_grade, changed_by, changed_at, rationale)"
                + " values (?, ?, ?, ?, ?, ?)", id.value(), c.from() == null ? null : c.from().name(), c.to().name(), c.by(),
                utc(c.at()), c.rationale());
    }

    @Override
    public List<GradeChange> gradeChanges(SourceId id) {
        return jdbc.query("select from_grade, to_grade, changed_by, changed_at, rationale from source_grade_change"
                + " where source_id = ? order by seq", (rs, n) -> new GradeChange(grade(rs.getString(1)), grade(rs.getString(2)),
                rs.getString(3), instant(rs, 4), rs.getString(5)), id.value());
    }

    @Override
    public Map<Credibility, Long> reportsByCredibility(SourceId id) {
        Map<Credibility, Long> counts = new EnumMap<>(Credibility.class);
        jdbc.query("select credibility, count(*) from signal where source_id = ? group by credibility",
                rs -> { counts.put(Credibility.ofNumber(rs.getInt(1)), rs.getLong(2)); }, id.value());
        return counts;
    }

    @Override
    public boolean isReportOf(SourceId id, String situation, String signal) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from signal where situation_id = ? and id = ?"
                + " and source_id = ?)", Boolean.class, situation, signal, id.value()));
    }

    @Override
    public void recordOutcome(SourceId id, String situation, String signal, ReportOutcome outcome, String by, Instant at,
                              String rationale) {
        jdbc.update("insert into source_report_outcome (source_id, situation_id, signal_id, outcome, recorded_by, recorded_at,"
                + " rationale) values (?, ?, ?, ?, ?, ?, ?)", id.value(), situation, signal, outcome.wire(), by, utc(at), rationale);
    }

    @Override
    public Map<ReportOutcome, Long> outcomes(SourceId id) {
        Map<ReportOutcome, Long> counts = new EnumMap<>(ReportOutcome.class);
        jdbc.query("select outcome, count(*) from (select distinct on (situation_id, signal_id) outcome from source_report_outcome"
                        + " where source_id = ? order by situation_id, signal_id, seq desc) latest group by outcome",
                rs -> { counts.put(ReportOutcome.parse(rs.getString(1)).orElseThrow(), rs.getLong(2)); }, id.value());
        return counts;
    }

    private static final RowMapper<Source> SOURCE = (rs, n) -> new Source(new SourceId(rs.getString(1)),
            new Pseudonym(rs.getString(2)), SourceType.parse(rs.getString(3)).orElseThrow(), grade(rs.getString(4)),
            rs.getString(5), instant(rs, 6));

    private static Reliability grade(String s) {
        return s == null ? null : Reliability.parse(s).orElseThrow();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) { return i.atOffset(ZoneOffset.UTC); }
}
