package org.tocsin.decision.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.decision.Determination;
import org.tocsin.decision.DeterminationStore;

import java.util.List;
import java.util.Optional;

import static org.tocsin.decision.jdbc.DecisionDocuments.utc;

/** Recorded determinations in PostgreSQL: insert only (a trigger refuses UPDATE and DELETE). */
public final class JdbcDeterminationStore implements DeterminationStore {

    private static final RowMapper<Determination> MAPPER = (rs, n) ->
            DecisionDocuments.read(rs.getString("doc"), Determination.class).withId(rs.getLong("id"));
    private static final String SELECT = "select id, doc::text as doc from determination ";

    private final JdbcTemplate jdbc;

    public JdbcDeterminationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Determination insert(Determination d) {
        Long id = jdbc.queryForObject("""
                insert into determination (situation, type, version, supersedes, conclusion, standard, author, occurred_at,
                                           recorded_at, catalogue_version, content_hash, doc)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""", Long.class,
                d.situation(), d.type(), d.version(), d.supersedes(), d.conclusion().wire(), d.standard().id(), d.author(),
                utc(d.occurredAt()), utc(d.recordedAt()), d.catalogueVersion(), d.contentHash(), DecisionDocuments.write(d.withId(0)));
        return d.withId(id == null ? 0 : id);
    }

    @Override
    public Optional<Determination> find(long id) {
        return jdbc.query(SELECT + "where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<Determination> lock(long id) {
        return jdbc.query(SELECT + "where id = ? for update", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<Long> supersededBy(long id) {
        return jdbc.queryForList("select id from determination where supersedes = ?", Long.class, id).stream().findFirst();
    }

    @Override
    public List<Determination> list(String situation) {
        return jdbc.query(SELECT + "where situation = ? order by id", MAPPER, situation);
    }

    @Override
    public Optional<Determination> latest(String situation, String type) {
        return jdbc.query(SELECT + "where situation = ? and type = ? order by id desc limit 1", MAPPER, situation, type).stream().findFirst();
    }
}
