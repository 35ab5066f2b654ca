package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.escalation.Deadline;
import org.tocsin.escalation.DeadlineStore;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.tocsin.escalation.jdbc.Documents.utc;

/**
 * Durable deadlines. A due deadline is claimed with {@code FOR UPDATE SKIP LOCKED}: a second worker
 * passes over a row the first holds instead of waiting for it, and once the first commits the row is
 * marked fired and no longer due — so each fires exactly once.
 */
public final class JdbcDeadlineStore implements DeadlineStore {

    private static final RowMapper<Deadline> MAPPER = (rs, n) -> new Deadline(rs.getLong("id"), rs.getLong("alert_id"),
            Deadline.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getInt("level"),
            rs.getObject("due_at", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;

    public JdbcDeadlineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(List<Deadline> deadlines) {
        for (Deadline d : deadlines) {
            jdbc.update("insert into escalation_deadline (alert_id, kind, level, due_at) values (?, ?, ?, ?)",
                    d.alertId(), d.kind().wire(), d.level(), utc(d.dueAt()));
        }
    }

    @Override
    public Optional<Deadline> claimDue(Instant now) {
        return jdbc.query("""
                select id, alert_id, kind, level, due_at from escalation_deadline
                where fired_at is null and due_at <= ?
                order by due_at, id limit 1
                for update skip locked""", MAPPER, utc(now)).stream().findFirst();
    }

    @Override
    public void markFired(long id, Instant at, String by, String outcome) {
        int n = jdbc.update("update escalation_deadline set fired_at = ?, fired_by = ?, outcome = ? where id = ? and fired_at is null",
                utc(at), by, outcome, id);
        if (n != 1) throw new IllegalStateException("deadline " + id + " was not claimed by this transaction");
    }

    @Override
    public List<Deadline> pending(long alertId) {
        return jdbc.query("select id, alert_id, kind, level, due_at from escalation_deadline where alert_id = ? and fired_at is null order by due_at, id",
                MAPPER, alertId);
    }
}
