package org.tocsin.audit.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tocsin.audit.CanonicalJson;
import org.tocsin.audit.Checkpoint;
import org.tocsin.audit.Journal;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalSigner;
import org.tocsin.audit.JournalStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journal in PostgreSQL (tables {@code journal} and {@code journal_checkpoint}, migration V10,
 * whose triggers refuse UPDATE, DELETE and TRUNCATE).
 *
 * <p><b>Appending.</b> Inside a transaction, {@link #append} only notes the event; just before the
 * transaction commits, its events are chained and inserted under a transaction-scoped advisory lock
 * ({@code pg_advisory_xact_lock}), which serialises appenders so the chain never forks and its
 * {@code seq} has no gaps. Taking the lock at commit time, not at the first append, holds it for the
 * shortest time and never while the transaction waits for other locks (no deadlock with callers'
 * own row locks). An event in a transaction that rolls back is never written. Outside a transaction
 * an append runs in its own. Callers must use READ COMMITTED (PostgreSQL's default) so that, once
 * the lock is held, the head read is the latest committed one.
 *
 * <p>Every {@code checkpointEvery} entries the entry is signed ({@code journal_checkpoint}) in the
 * same transaction.
 */
public final class JdbcJournal implements Journal, JournalStore {

    /** One advisory lock key for the whole journal ("tocsJRNL"). */
    static final long LOCK = 0x746F63734A524E4CL;

    private static final String COLUMNS = "seq, type, occurred_at, recorded_at, actor, situation, subject, details::text, prev_hash, hash";
    private static final String INSERT = "insert into journal (seq, type, occurred_at, recorded_at, actor, situation, subject,"
            + " details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";
    private static final int PAGE = 5000;

    private static final Logger log = LoggerFactory.getLogger(JdbcJournal.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate required;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final JournalSigner signer;
    private final long checkpointEvery;

    public JdbcJournal(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, JournalSigner signer,
                       long checkpointEvery) {
        if (checkpointEvery < 1) throw new IllegalArgumentException("checkpointEvery must be at least 1");
        this.jdbc = jdbc;
        this.required = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.signer = signer;
        this.checkpointEvery = checkpointEvery;
    }

    public JournalSigner signer() { return signer; }

    @Override
    public void append(JournalEvent event) {
        appendAll(List.of(event));
    }

    @Override
    public void appendAll(List<JournalEvent> events) {
        if (events.isEmpty()) return;
        events.forEach(JournalEntry::check);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            pending().add(events);
        } else {
            required.executeWithoutResult(tx -> write(events));
        }
    }

    /** This transaction's pending events (synchronizations, unlike bound resources, follow suspension). */
    private Pending pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner() == this) return p;
        }
        Pending p = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /** Chains and inserts, holding the journal lock until the surrounding transaction ends. */
    private List<JournalEntry> write(List<JournalEvent> events) {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
        JournalEntry.Head head = readHead();
        Instant now = clock.instant();
        List<JournalEntry> entries = new ArrayList<>(events.size());
        for (JournalEvent e : events) {
            JournalEntry entry = head.next(e, now);
            entries.add(entry);
            head = entry.head();
        }
        jdbc.batchUpdate(INSERT, entries.stream().map(e -> new Object[]{e.seq(), e.type(), utc(e.occurredAt()),
                utc(e.recordedAt()), e.actor(), e.situation(), e.subject(), CanonicalJson.write(e.details()), e.prevHash(),
                e.hash()}).toList());
        for (JournalEntry e : entries) {
            if (e.seq() % checkpointEvery == 0) insertCheckpoint(sign(e.seq(), e.hash(), e.recordedAt()));
        }
        return entries;
    }

    private JournalEntry.Head readHead() {
        return jdbc.query("select seq, hash, recorded_at from journal order by seq desc limit 1",
                        (rs, n) -> new JournalEntry.Head(rs.getLong(1), rs.getString(2), instant(rs, 3)))
                .stream().findFirst().orElse(JournalEntry.Head.EMPTY);
    }

    private Checkpoint sign(long seq, String hash, Instant recordedAt) {
        // never signed "before" the entry was recorded, even if the clock stepped back
        Instant now = clock.instant();
        return signer.sign(seq, hash, now.isBefore(recordedAt) ? recordedAt : now);
    }

    private void insertCheckpoint(Checkpoint c) {
        jdbc.update("insert into journal_checkpoint (seq, hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)"
                + " on conflict (seq) do nothing", c.seq(), c.hash(), utc(c.signedAt()), c.keyId(), c.signature());
    }

    @Override
    public Optional<Checkpoint> checkpointHead() {
        return required.execute(tx -> {
            Optional<JournalEntry> head = head();
            if (head.isEmpty()) return Optional.<Checkpoint>empty();
            JournalEntry e = head.get();
            insertCheckpoint(sign(e.seq(), e.hash(), e.recordedAt()));
            return jdbc.query("select seq, hash, signed_at, key_id, signature from journal_checkpoint where seq = ?",
                    CHECKPOINT, e.seq()).stream().findFirst();
        });
    }

    @Override
    public Optional<JournalEntry> head() {
        return jdbc.query("select " + COLUMNS + " from journal order by seq desc limit 1", ENTRY).stream().findFirst();
    }

    @Override
    public List<JournalEntry> entries(String situation, long afterSeq, int limit) {
        if (situation == null) {
            return jdbc.query("select " + COLUMNS + " from journal where seq > ? order by seq limit ?", ENTRY, afterSeq, limit);
        }
        return jdbc.query("select " + COLUMNS + " from journal where situation = ? and seq > ? order by seq limit ?", ENTRY,
                situation, afterSeq, limit);
    }

    @Override
    public List<JournalEntry> entries(String situation, Collection<String> types, long afterSeq, int limit) {
        List<Object> args = new ArrayList<>(List.of(situation, afterSeq));
        String sql = "select " + COLUMNS + " from journal where situation = ? and seq > ?" + typeFilter(types, args) + " order by seq limit ?";
        args.add(limit);
        return jdbc.query(sql, ENTRY, args.toArray());
    }

    @Override
    public List<JournalEntry> entriesBefore(String situation, Collection<String> types, long beforeSeq, int limit) {
        List<Object> args = new ArrayList<>(List.of(situation, beforeSeq));
        String sql = "select " + COLUMNS + " from journal where situation = ? and seq < ?" + typeFilter(types, args) + " order by seq desc limit ?";
        args.add(limit);
        List<JournalEntry> page = new ArrayList<>(jdbc.query(sql, ENTRY, args.toArray()));
        Collections.reverse(page);
        return page;
    }

    private static String typeFilter(Collection<String> types, List<Object> args) {
        if (types.isEmpty()) return "";
        args.addAll(types);
        return " and type in (" + String.join(", ", Collections.nCopies(types.size(), "?")) + ")";
    }

    @Override
    public Map<String, Long> typeCounts(String situation) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("select type, count(*) from journal where situation = ? group by type", rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        }, situation);
        return out;
    }

    @Override
    public void forEachUpTo(String situation, Instant at, Consumer<JournalEntry> action) {
        long after = 0;
        while (true) {
            // paged by seq, so a long history is never held in memory at once
            List<JournalEntry> page = jdbc.query("select " + COLUMNS + " from journal where situation = ? and seq > ?"
                    + " order by seq limit ?", ENTRY, situation, after, PAGE);
            for (JournalEntry e : page) {
                if (!e.occurredAt().isAfter(at)) action.accept(e);
            }
            if (page.size() < PAGE) return;
            after = page.getLast().seq();
        }
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return jdbc.query("select seq, hash, signed_at, key_id, signature from journal_checkpoint order by seq", CHECKPOINT);
    }

    private static final RowMapper<JournalEntry> ENTRY = (rs, n) -> new JournalEntry(rs.getLong(1), rs.getString(2),
            instant(rs, 3), instant(rs, 4), rs.getString(5), rs.getString(6), rs.getString(7), details(rs.getString(8)),
            rs.getString(9), rs.getString(10));

    private static final RowMapper<Checkpoint> CHECKPOINT = (rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2),
            instant(rs, 3), rs.getString(4), rs.getString(5));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(String json) {
        // a row edited into something that is not an object still has to be reported, not crash the reader
        return CanonicalJson.parse(json) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("", json);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /** The events a transaction appended, written just before it commits. */
    private static final class Pending implements TransactionSynchronization {
        private final JdbcJournal owner;
        private final List<JournalEvent> events = new ArrayList<>();
        private boolean written;

        Pending(JdbcJournal owner) {
            this.owner = owner;
        }

        JdbcJournal owner() { return owner; }

        void add(List<JournalEvent> more) {
            // an append from a later before-commit step: the lock is already held, write straight away
            if (written) owner.write(more);
            else events.addAll(more);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!events.isEmpty()) owner.write(events);
        }

        /**
         * Events appended only once the transaction had begun committing (from another
         * synchronization's before-commit step, registered before ours) missed the write above:
         * they are journaled right after, in a transaction of their own, rather than lost.
         */
        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED || written || events.isEmpty()) return;
            log.warn("{} journal events were appended while their transaction was committing; journaling them in a"
                    + " separate transaction (append before commit to keep them atomic)", events.size());
            owner.separate.executeWithoutResult(tx -> owner.write(events));
        }

        @Override
        public int getOrder() {
            // after other synchronizations that may still append
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
