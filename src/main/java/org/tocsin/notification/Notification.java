package org.tocsin.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message to one recipient through one channel, written to the outbox in the same transaction as
 * the change it reports and delivered at least once afterwards. {@code idempotencyKey} is stable
 * for the same logical message, so a receiver can drop repeats of a retried delivery.
 *
 * @param channel   EMAIL (address), WEBHOOK (URL)
 * @param recipient the person or body the message is for (their id), for receipts and the journal
 * @param address   where to deliver: an e-mail address or an https/http URL
 * @param payload   structured content (alert, situation, evidence keys …) for webhooks and CAP
 */
public record Notification(Channel channel, String recipient, String address, String subject, String body,
                           Map<String, Object> payload, String idempotencyKey, String situation, Instant createdAt) {
    public enum Channel { EMAIL, WEBHOOK }

    public Notification {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(createdAt, "createdAt");
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
