package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertStore;

import java.util.List;
import java.util.Optional;

import static org.tocsin.escalation.jdbc.Documents.utc;

/** Alerts in PostgreSQL: the domain document plus the columns queries use. */
public final class JdbcAlertStore implements AlertStore {

    private static final RowMapper<Alert> MAPPER = (rs, n) -> Documents.read(rs.getString("doc"), Alert.class).withId(rs.getLong("id"));

    private final JdbcTemplate jdbc;

    public JdbcAlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Alert insert(Alert a) {
        Long id = jdbc.queryForObject("""
                insert into alert (situation, kind, state, level, doc, raised_at, updated_at)
                values (?, ?, ?, ?, ?::jsonb, ?, ?) returning id""", Long.class,
                a.situation(), a.kind().wire(), a.state().label(), a.level(), Documents.write(a), utc(a.raisedAt()), utc(a.raisedAt()));
        return a.withId(id);
    }

    @Override
    public void update(Alert a) {
        int n = jdbc.update("update alert set state = ?, level = ?, doc = ?::jsonb, updated_at = now() where id = ?",
                a.state().label(), a.level(), Documents.write(a), a.id());
        if (n != 1) throw new IllegalStateException("alert " + a.id() + " not found for update");
    }

    @Override
    public Optional<Alert> find(long id) {
        return jdbc.query("select id, doc::text as doc from alert where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<Alert> lock(long id) {
        return jdbc.query("select id, doc::text as doc from alert where id = ? for update", MAPPER, id).stream().findFirst();
    }

    @Override
    public List<Alert> list(String situation, boolean openOnly) {
        return jdbc.query("""
                select id, doc::text as doc from alert
                where (cast(? as text) is null or situation = ?)
                and (not ? or state in ('raised', 'acknowledged', 'appealed'))
                order by id desc limit 1000""", MAPPER, situation, situation, openOnly);
    }

    @Override
    public List<Alert> list(String situation, boolean openOnly, org.tocsin.access.Viewer.SqlVisibility readers) {
        // the document keeps the label as the enum's name (AMBER_STRICT); readers' pairs use the wire form (AMBER+STRICT)
        return jdbc.query("""
                select id, doc::text as doc from alert
                where (cast(? as text) is null or situation = ?)
                and (not ? or state in ('raised', 'acknowledged', 'appealed'))
                and (doc->>'originator' = ?
                     or replace(doc->>'label', '_', '+') = any(?)
                     or (situation || '|' || replace(doc->>'label', '_', '+')) = any(?)
                     or exists (select 1 from delivery d where d.subject = 'alert:' || alert.id and d.recipient = ?))
                order by id desc limit 1000""", MAPPER, situation, situation, openOnly,
                readers.person(), readers.everywhere(), readers.pairs(), readers.person());
    }
}
