package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.escalation.Briefing;
import org.tocsin.escalation.BriefingStore;

import java.util.List;
import java.util.Optional;

import static org.tocsin.escalation.jdbc.Documents.utc;

/** Briefings in PostgreSQL (their receipts are deliveries). */
public final class JdbcBriefingStore implements BriefingStore {

    private static final RowMapper<Briefing> MAPPER = (rs, n) -> Documents.read(rs.getString("doc"), Briefing.class).withId(rs.getLong("id"));

    private final JdbcTemplate jdbc;

    public JdbcBriefingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Briefing insert(Briefing b) {
        Long id = jdbc.queryForObject("insert into briefing (situation, group_id, doc, delivered_at) values (?, ?, ?::jsonb, ?) returning id",
                Long.class, b.situation(), b.group(), Documents.write(b), utc(b.deliveredAt()));
        return b.withId(id);
    }

    @Override
    public Optional<Briefing> find(long id) {
        return jdbc.query("select id, doc::text as doc from briefing where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public List<Briefing> list(String situation) {
        return jdbc.query("select id, doc::text as doc from briefing where situation = ? order by id", MAPPER, situation);
    }

    @Override
    public void update(Briefing b) {
        jdbc.update("update briefing set doc = ?::jsonb where id = ?", Documents.write(b), b.id());
    }
}
