package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.escalation.Delivery;
import org.tocsin.escalation.DeliveryStore;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.tocsin.escalation.jdbc.Documents.instant;
import static org.tocsin.escalation.jdbc.Documents.utc;

/** Deliveries and receipts in PostgreSQL. */
public final class JdbcDeliveryStore implements DeliveryStore {

    private static final RowMapper<Delivery> MAPPER = (rs, n) -> new Delivery(rs.getLong("id"), rs.getString("subject"),
            rs.getString("situation"), rs.getString("recipient"), Delivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
            rs.getString("reason"), instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("delivered_at", OffsetDateTime.class)), rs.getString("conflict_actor"), rs.getString("warning"),
            rs.getString("overridden_by"), rs.getString("override_rationale"), instant(rs.getObject("overridden_at", OffsetDateTime.class)),
            instant(rs.getObject("opened_at", OffsetDateTime.class)), instant(rs.getObject("acknowledged_at", OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    public JdbcDeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Delivery insert(Delivery d) {
        Long id = jdbc.queryForObject("""
                insert into delivery (subject, situation, recipient, status, reason, created_at, delivered_at, conflict_actor, warning)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, d.subject(), d.situation(), d.recipient(),
                d.status().wire(), d.reason(), utc(d.createdAt()), utc(d.deliveredAt()), d.conflictActor(), d.warning());
        return find(id).orElseThrow();
    }

    @Override
    public void update(Delivery d) {
        jdbc.update("""
                update delivery set status = ?, delivered_at = ?, overridden_by = ?, override_rationale = ?, overridden_at = ?,
                opened_at = ?, acknowledged_at = ? where id = ?""", d.status().wire(), utc(d.deliveredAt()), d.overriddenBy(),
                d.overrideRationale(), utc(d.overriddenAt()), utc(d.openedAt()), utc(d.acknowledgedAt()), d.id());
    }

    @Override
    public Optional<Delivery> find(long id) {
        return jdbc.query("select * from delivery where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<Delivery> lock(long id) {
        return jdbc.query("select * from delivery where id = ? for update", MAPPER, id).stream().findFirst();
    }

    @Override
    public List<Delivery> of(String subject) {
        return jdbc.query("select * from delivery where subject = ? order by id", MAPPER, subject);
    }

    @Override
    public List<Delivery> held(String situation) {
        return jdbc.query("select * from delivery where status = 'held' and (cast(? as text) is null or situation = ?) order by id",
                MAPPER, situation, situation);
    }
}
