package org.tocsin.source.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.source.ProtectionRequest;
import org.tocsin.source.ProtectionStatus;
import org.tocsin.source.ProtectionStore;
import org.tocsin.source.ProtectionUpdate;
import org.tocsin.source.SourceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.tocsin.source.jdbc.JdbcSourceStore.instant;
import static org.tocsin.source.jdbc.JdbcSourceStore.utc;

/** Protection requests' public columns and their status history (migration V60). */
public final class JdbcProtectionStore implements ProtectionStore {

    private static final String COLUMNS = "id, source_id, deadline, owner, status, requested_by, requested_at, updated_at, situation";

    private final JdbcTemplate jdbc;

    public JdbcProtectionStore(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @Override
    public void insert(ProtectionRequest r) {
        jdbc.update("insert into source_protection_request (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                r.source().value(), utc(r.deadline()), r.owner(), r.status().wire(), r.requestedBy(), utc(r.requestedAt()),
                utc(r.updatedAt()), r.situation());
    }

    @Override
    public boolean alerted(UUID request) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select overdue_alert is not null from source_protection_request where id = ?",
                Boolean.class, request));
    }

    @Override
    public boolean markAlerted(UUID request, long alert) {
        return jdbc.update("update source_protection_request set overdue_alert = ? where id = ? and overdue_alert is null", alert, request) == 1;
    }

    @Override
    public Optional<ProtectionRequest> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from source_protection_request where id = ?", REQUEST, id).stream().findFirst();
    }

    @Override
    public Optional<ProtectionRequest> lock(UUID id) {
        return jdbc.query("select " + COLUMNS + " from source_protection_request where id = ? for update", REQUEST, id)
                .stream().findFirst();
    }

    @Override
    public List<ProtectionRequest> list(SourceId source) {
        return jdbc.query("select " + COLUMNS + " from source_protection_request where source_id = ? order by deadline, id",
                REQUEST, source.value());
    }

    @Override
    public void update(ProtectionRequest moved, ProtectionUpdate u) {
        jdbc.update("update source_protection_request set status = ?, updated_at = ? where id = ?", moved.status().wire(),
                utc(moved.updatedAt()), moved.id());
        jdbc.update("insert into source_protection_update (request_id, seq, from_status, to_status, by_person, at)"
                        + " select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? from source_protection_update where request_id = ?",
                moved.id(), u.from().wire(), u.to().wire(), u.by(), utc(u.at()), moved.id());
    }

    @Override
    public List<ProtectionUpdate> history(UUID id) {
        return jdbc.query("select from_status, to_status, by_person, at from source_protection_update where request_id = ?"
                + " order by seq", (rs, n) -> new ProtectionUpdate(status(rs.getString(1)), status(rs.getString(2)),
                rs.getString(3), instant(rs, 4)), id);
    }

    @Override
    public List<ProtectionRequest> overdue(Instant now) {
        return jdbc.query("select " + COLUMNS + " from source_protection_request where status in ('open', 'in_progress')"
                + " and deadline < ? order by deadline, id", REQUEST, utc(now));
    }

    private static final RowMapper<ProtectionRequest> REQUEST = (rs, n) -> new ProtectionRequest(rs.getObject(1, UUID.class),
            new SourceId(rs.getString(2)), instant(rs, 3), rs.getString(4), status(rs.getString(5)), rs.getString(6),
            instant(rs, 7), instant(rs, 8), rs.getString(9));

    private static ProtectionStatus status(String s) { return ProtectionStatus.parse(s).orElseThrow(); }
}
