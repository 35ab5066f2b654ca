package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.escalation.ActionRequest;
import org.tocsin.escalation.RequestStore;

import java.util.List;
import java.util.Optional;

import static org.tocsin.escalation.jdbc.Documents.utc;

/** The register of requests for action in PostgreSQL. */
public final class JdbcRequestStore implements RequestStore {

    private static final RowMapper<ActionRequest> MAPPER = (rs, n) ->
            Documents.read(rs.getString("doc"), ActionRequest.class).withId(rs.getLong("id"));

    private final JdbcTemplate jdbc;

    public JdbcRequestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ActionRequest> insert(ActionRequest r) {
        List<Long> ids = jdbc.queryForList("""
                insert into action_request (situation, signal_id, status, doc, recorded_at) values (?, ?, ?, ?::jsonb, ?)
                on conflict (situation, signal_id) do nothing returning id""", Long.class,
                r.situation(), r.signal(), r.status().wire(), Documents.write(r), utc(r.recordedAt()));
        return ids.isEmpty() ? Optional.empty() : Optional.of(r.withId(ids.getFirst()));
    }

    @Override
    public void update(ActionRequest r) {
        jdbc.update("update action_request set status = ?, doc = ?::jsonb where id = ?", r.status().wire(), Documents.write(r), r.id());
    }

    @Override
    public Optional<ActionRequest> find(long id) {
        return jdbc.query("select id, doc::text as doc from action_request where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<ActionRequest> lock(long id) {
        return jdbc.query("select id, doc::text as doc from action_request where id = ? for update", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<ActionRequest> lockBySignal(String situation, String signal) {
        return jdbc.query("select id, doc::text as doc from action_request where situation = ? and signal_id = ? for update",
                MAPPER, situation, signal).stream().findFirst();
    }

    @Override
    public List<ActionRequest> list(String situation) {
        return jdbc.query("select id, doc::text as doc from action_request where situation = ? order by id", MAPPER, situation);
    }
}
