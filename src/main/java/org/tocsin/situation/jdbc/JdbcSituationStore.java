package org.tocsin.situation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Situations in PostgreSQL. */
public final class JdbcSituationStore implements SituationStore {

    private static final String COLUMNS = "id, name, country, area, watch_from, watch_to, details::text as details, created_at, created_by";
    private static final RowMapper<Situation> MAPPER = (rs, n) -> new Situation(rs.getString("id"), rs.getString("name"),
            rs.getString("country"), rs.getString("area"), rs.getObject("watch_from", LocalDate.class),
            rs.getObject("watch_to", LocalDate.class), rs.getString("details"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));

    private final JdbcTemplate jdbc;

    public JdbcSituationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean create(Situation s) {
        return jdbc.update("""
                insert into situation (id, name, country, area, watch_from, watch_to, details, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) on conflict (id) do nothing""",
                s.id(), s.name(), s.country(), s.area(), s.watchFrom(), s.watchTo(), s.details(),
                s.createdAt().atOffset(ZoneOffset.UTC), s.createdBy()) == 1;
    }

    @Override
    public Optional<Situation> find(String id) {
        return jdbc.query("select " + COLUMNS + " from situation where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public boolean exists(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from situation where id = ?)", Boolean.class, id));
    }

    @Override
    public List<Situation> list() {
        return jdbc.query("select " + COLUMNS + " from situation order by id", MAPPER);
    }
}
