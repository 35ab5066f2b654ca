package org.tocsin.intake.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Signals in PostgreSQL, with plain SQL. */
public final class JdbcSignalStore implements SignalStore {

    private static final String PLACEHOLDERS = "?, ".repeat(35) + "?::jsonb, ?, ?, ?, ?";

    private final JdbcTemplate jdbc;

    public JdbcSignalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Stored insert(Signal signal) {
        lockForIntake(jdbc, signal.key().situation());
        int rows = jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into signal (" + SignalRows.COLUMNS + ") values ("
                    + PLACEHOLDERS + ") on conflict (situation_id, id) do nothing");
            bind(con, ps, SignalRows.values(signal));
            return ps;
        });
        if (rows == 1) return new Stored.Inserted(signal);
        Signal existing = find(signal.key()).orElseThrow(() -> new IllegalStateException("conflicting row vanished"));
        return existing.contentHash().equals(signal.contentHash()) ? new Stored.Duplicate(existing) : new Stored.Conflict(existing);
    }

    /**
     * Serialises intake per situation for the rest of the transaction, so arrival numbers (seq) become
     * visible in order: a reader that has seen seq n has seen every signal before it. Fusion relies on
     * this to catch up incrementally without missing a signal that committed late.
     */
    static void lockForIntake(JdbcTemplate jdbc, String situation) {
        jdbc.query("select pg_advisory_xact_lock(7400, hashtext(?))", (RowCallbackHandler) rs -> { }, situation);
    }

    static void bind(Connection con, PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            switch (v) {
                case null -> ps.setObject(i + 1, null);
                case List<?> list -> ps.setArray(i + 1, con.createArrayOf("text", list.toArray()));
                case Instant instant -> ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                case LocalDate date -> ps.setObject(i + 1, date);
                default -> ps.setObject(i + 1, v);
            }
        }
    }

    @Override
    public Optional<Signal> find(UUID uid) {
        return jdbc.query("select " + SignalRows.COLUMNS + " from signal where uid = ?", SignalRows.MAPPER, uid)
                .stream().findFirst();
    }

    @Override
    public Optional<Signal> find(SignalKey key) {
        return jdbc.query("select " + SignalRows.COLUMNS + " from signal where situation_id = ? and id = ?",
                SignalRows.MAPPER, key.situation(), key.id()).stream().findFirst();
    }

    @Override
    public List<Signal> search(SignalQuery q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        String sql = "select " + SignalRows.COLUMNS + " from signal" + where + " order by situation_id, known_on, seq";
        if (q.size() != Integer.MAX_VALUE) {
            sql += " limit ? offset ?";
            args.add(q.size());
            args.add((long) q.page() * q.size());
        }
        return jdbc.query(sql, SignalRows.MAPPER, args.toArray());
    }

    @Override
    public long count(SignalQuery q) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("select count(*) from signal" + where(q, args), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    @Override
    public void forEach(String situation, Consumer<Signal> consumer) {
        // Streams the rows with a fetch size, so a large situation is never held in memory at once;
        // PostgreSQL's driver only uses a cursor inside a transaction, so call this inside one.
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select " + SignalRows.COLUMNS
                    + " from signal where situation_id = ? order by known_on, seq");
            ps.setFetchSize(2000);
            ps.setString(1, situation);
            return ps;
        }, (RowCallbackHandler) rs -> consumer.accept(SignalRows.map(rs)));
    }

    @Override
    public void forEachSince(String situation, long afterSeq, SeqConsumer consumer) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select seq, " + SignalRows.COLUMNS
                    + " from signal where situation_id = ? and seq > ? order by seq");
            ps.setFetchSize(2000);
            ps.setString(1, situation);
            ps.setLong(2, afterSeq);
            return ps;
        }, (RowCallbackHandler) rs -> consumer.accept(rs.getLong("seq"), SignalRows.map(rs)));
    }

    @Override
    public long lastSeq(String situation) {
        Long seq = jdbc.queryForObject("select coalesce(max(seq), 0) from signal where situation_id = ?", Long.class, situation);
        return seq == null ? 0 : seq;
    }

    private static String where(SignalQuery q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (q.situation() != null) {
            conditions.add("situation_id = ?");
            args.add(q.situation());
        }
        if (q.from() != null) {
            conditions.add("known_on >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            conditions.add("known_on <= ?");
            args.add(q.to());
        }
        if (q.indicator() != null) {
            // a factor code (RF07) matches any of its indicators (RF07.04)
            conditions.add("exists (select 1 from unnest(indicators) c where c = ? or c like ?)");
            args.add(q.indicator());
            args.add(q.indicator().length() == 4 ? q.indicator() + ".%" : q.indicator());
        }
        if (q.kind() != null) {
            conditions.add("kind = ?");
            args.add(q.kind().wire());
        }
        if (q.readers() != null) {
            // the submitter always reads their own; otherwise the label must be readable in that situation
            conditions.add("(submitted_by = ? or label = any(?) or (situation_id || '|' || label) = any(?))");
            args.add(q.readers().person());
            args.add(q.readers().everywhere());
            args.add(q.readers().pairs());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
