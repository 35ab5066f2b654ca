package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.notification.Notification;
import org.tocsin.notification.Outbox;

import java.util.Locale;

import static org.tocsin.escalation.jdbc.Documents.utc;

/**
 * The notification outbox in PostgreSQL ({@code notification_outbox}), written in the caller's
 * transaction. A repeat of an idempotency key is dropped. A sender reads unsent rows by
 * {@code next_attempt_at}, and records {@code attempts}, {@code sent_at} and {@code last_error}.
 */
public final class JdbcOutbox implements Outbox {

    private final JdbcTemplate jdbc;

    public JdbcOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(Notification n) {
        jdbc.update("""
                insert into notification_outbox (channel, recipient, address, subject, body, payload, idempotency_key, situation,
                created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing""", n.channel().name().toLowerCase(Locale.ROOT), n.recipient(), n.address(),
                n.subject(), n.body(), Documents.write(n.payload()), n.idempotencyKey(), n.situation(), utc(n.createdAt()),
                utc(n.createdAt()));
    }
}
