package org.tocsin.notification.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.notification.Notification;
import org.tocsin.notification.OutboxStore;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sender's side of {@code notification_outbox} (V20, V50), in plain SQL. Every method is one
 * statement and runs in its own short transaction — the claim in particular: a row lease commits
 * before anything is sent, so a slow receiver never holds a lock.
 */
public final class JdbcOutboxStore implements OutboxStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    /** last_error is for people reading the table, not a log: keep it bounded. */
    private static final int MAX_ERROR = 2000;

    private static final RowMapper<Claimed> CLAIMED = (rs, n) -> new Claimed(rs.getLong("id"), new Notification(
            Notification.Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)), rs.getString("recipient"),
            rs.getString("address"), rs.getString("subject"), rs.getString("body"), JSON.readValue(rs.getString("payload"), MAP),
            rs.getString("idempotency_key"), rs.getString("situation"), rs.getObject("created_at", OffsetDateTime.class).toInstant()),
            rs.getInt("attempts"));

    private final JdbcTemplate jdbc;

    public JdbcOutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Claimed> claimDue(Instant now, Set<Notification.Channel> channels, int limit, Instant leaseUntil) {
        if (channels.isEmpty()) return List.of();
        String[] names = channels.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        // SKIP LOCKED: rows another worker is claiming right now are passed over, not waited for; once
        // that worker commits, next_attempt_at lies past its lease and the rows are no longer due.
        return jdbc.query("""
                update notification_outbox o set attempts = o.attempts + 1, next_attempt_at = ?
                where o.id in (
                    select id from notification_outbox
                    where sent_at is null and dead_at is null and next_attempt_at <= ? and channel = any (?)
                    order by next_attempt_at, id
                    limit ?
                    for update skip locked)
                returning o.id, o.channel, o.recipient, o.address, o.subject, o.body, o.payload::text as payload,
                          o.idempotency_key, o.situation, o.created_at, o.attempts""",
                ps -> {
                    ps.setObject(1, utc(leaseUntil));
                    ps.setObject(2, utc(now));
                    ps.setArray(3, ps.getConnection().createArrayOf("text", names));
                    ps.setInt(4, limit);
                }, CLAIMED);
    }

    @Override
    public void markSent(long id, Instant at) {
        // any claim's delivery counts, even one that outlived its lease: it did reach the receiver
        jdbc.update("update notification_outbox set sent_at = ?, last_error = null where id = ? and sent_at is null", utc(at), id);
    }

    @Override
    public boolean scheduleRetry(long id, int attempt, Instant next, String error) {
        return jdbc.update("""
                update notification_outbox set next_attempt_at = ?, last_error = ?
                where id = ? and attempts = ? and sent_at is null and dead_at is null""",
                utc(next), bounded(error), id, attempt) == 1;
    }

    @Override
    public boolean markDead(long id, int attempt, Instant at, String error) {
        return jdbc.update("""
                update notification_outbox set dead_at = ?, last_error = ?
                where id = ? and attempts = ? and sent_at is null and dead_at is null""",
                utc(at), bounded(error), id, attempt) == 1;
    }

    @Override
    public long deadLetterCount() {
        Long n = jdbc.queryForObject("select count(*) from notification_outbox where dead_at is not null and sent_at is null", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public Status status(Instant now) {
        return jdbc.queryForObject("""
                select count(*) filter (where dead_at is null) as waiting,
                       count(*) filter (where dead_at is null and next_attempt_at <= ?) as due,
                       count(*) filter (where dead_at is not null) as dead,
                       min(next_attempt_at) filter (where dead_at is null and next_attempt_at <= ?) as oldest_due
                from notification_outbox where sent_at is null""",
                (rs, n) -> {
                    OffsetDateTime oldest = rs.getObject("oldest_due", OffsetDateTime.class);
                    return new Status(rs.getLong("waiting"), rs.getLong("due"), rs.getLong("dead"), oldest == null ? null : oldest.toInstant());
                }, utc(now), utc(now));
    }

    private static OffsetDateTime utc(Instant i) { return i.atOffset(ZoneOffset.UTC); }

    /** Bounded, and without NUL (which PostgreSQL text refuses; a receiver's reply may contain one). */
    private static String bounded(String error) {
        String e = error.replace('\u0000', '\uFFFD');
        return e.length() <= MAX_ERROR ? e : e.substring(0, MAX_ERROR - 1) + "…";
    }
}
