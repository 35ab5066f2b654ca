package org.tocsin.intake.jdbc;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.tocsin.common.TocsinException;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalBulkLoader;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk loads through COPY into a temporary staging table, then one set-based insert into
 * {@code signal}: COPY is 4–6 times faster than batched INSERTs on these machines, and staging
 * lets duplicates and conflicts be found with two queries instead of one lookup per record.
 * Must run inside a transaction (the staging table is dropped on commit).
 */
public final class JdbcSignalBulkLoader implements SignalBulkLoader {

    private static final int FLUSH_CHARS = 1 << 20;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public JdbcSignalBulkLoader(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public Session open(String situation) {
        JdbcSignalStore.lockForIntake(jdbc, situation);
        jdbc.execute("drop table if exists signal_stage");
        jdbc.execute("create temp table signal_stage (record_no bigint not null, line_no bigint not null, "
                + "like signal excluding identity excluding constraints excluding indexes) on commit drop");
        jdbc.execute("alter table signal_stage drop column seq");
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy signal_stage (record_no, line_no, " + SignalRows.COLUMNS + ") from stdin");
            return new CopySession(situation, copy);
        } catch (SQLException e) {
            throw new TocsinException("could not start COPY into the staging table", e);
        }
    }

    private final class CopySession implements Session {
        private final String situation;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
        private boolean finished;

        CopySession(String situation, CopyIn copy) {
            this.situation = situation;
            this.copy = copy;
        }

        @Override
        public void add(long recordNumber, long line, Signal signal, String contentHash) {
            if (!signal.key().situation().equals(situation)) {
                throw new IllegalArgumentException("signal for another situation in a bulk load");
            }
            Object[] values = SignalRows.values(signal, contentHash);
            Object[] row = new Object[values.length + 2];
            row[0] = recordNumber;
            row[1] = line;
            System.arraycopy(values, 0, row, 2, values.length);
            CopyText.appendRow(buffer, row);
            if (buffer.length() >= FLUSH_CHARS) flush();
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new TocsinException("COPY into the staging table failed", e);
            }
        }

        @Override
        public Result finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new TocsinException("COPY into the staging table failed", e);
            }
            finished = true;
            // Two different records with one id in this file: every one after the first conflicts.
            List<Conflict> conflicts = new ArrayList<>(jdbc.query("""
                    select record_no, line_no, id from (
                      select record_no, line_no, id, content_hash,
                             first_value(content_hash) over (partition by id order by record_no) as first_hash
                      from signal_stage) s
                    where content_hash <> first_hash order by record_no limit 1000""",
                    (rs, n) -> new Conflict(rs.getLong(1), rs.getLong(2), rs.getString(3))));
            Long inFile = jdbc.queryForObject("""
                    select count(*) from (
                      select content_hash, first_value(content_hash) over (partition by id order by record_no) as first_hash
                      from signal_stage) s where content_hash <> first_hash""", Long.class);
            // A different record already stored under the same id.
            conflicts.addAll(jdbc.query("""
                    select s.record_no, s.line_no, s.id from signal_stage s
                    join signal t on t.situation_id = s.situation_id and t.id = s.id
                    where t.content_hash <> s.content_hash order by s.record_no limit 1000""",
                    (rs, n) -> new Conflict(rs.getLong(1), rs.getLong(2), rs.getString(3))));
            Long stored = jdbc.queryForObject("""
                    select count(*) from signal_stage s
                    join signal t on t.situation_id = s.situation_id and t.id = s.id
                    where t.content_hash <> s.content_hash""", Long.class);
            long conflictCount = (inFile == null ? 0 : inFile) + (stored == null ? 0 : stored);
            Long staged = jdbc.queryForObject("select count(*) from signal_stage", Long.class);
            // Conflicting in-file repeats lose to the first record with that id (ON CONFLICT skips them).
            int inserted = jdbc.update("insert into signal (" + SignalRows.COLUMNS + ") select " + SignalRows.COLUMNS
                    + " from signal_stage order by record_no on conflict (situation_id, id) do nothing");
            long duplicates = (staged == null ? 0 : staged) - inserted - conflictCount;
            return new Result(inserted, duplicates, conflicts, conflictCount);
        }

        @Override
        public void close() {
            if (!finished && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // the transaction is being rolled back anyway
                }
            }
        }
    }
}
