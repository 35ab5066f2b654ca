package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.escalation.EscalationEvent;
import org.tocsin.escalation.EventHistory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.tocsin.escalation.jdbc.Documents.utc;

/** The escalation history in PostgreSQL (append-only by use). */
public final class JdbcEventHistory implements EventHistory {

    private static final RowMapper<EscalationEvent> MAPPER = (rs, n) -> new EscalationEvent(rs.getObject("id", UUID.class),
            rs.getString("type"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("situation"),
            rs.getString("subject"), Documents.map(rs.getString("details")));

    private final JdbcTemplate jdbc;

    public JdbcEventHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(EscalationEvent e) {
        jdbc.update("""
                insert into escalation_event (id, type, occurred_at, recorded_at, actor, situation, subject, details)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", e.id(), e.type(), utc(e.occurredAt()), utc(e.recordedAt()), e.actor(),
                e.situation(), e.subject(), Documents.write(e.details()));
    }

    @Override
    public List<EscalationEvent> of(String subject) {
        return jdbc.query("select id, type, occurred_at, recorded_at, actor, situation, subject, details::text as details "
                + "from escalation_event where subject = ? order by seq", MAPPER, subject);
    }

    @Override
    public List<EscalationEvent> ofSituation(String situation) {
        return jdbc.query("select id, type, occurred_at, recorded_at, actor, situation, subject, details::text as details "
                + "from escalation_event where situation = ? order by seq", MAPPER, situation);
    }
}
