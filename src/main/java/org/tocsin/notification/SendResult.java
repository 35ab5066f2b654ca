package org.tocsin.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * What one delivery attempt came to. A failure is a value, not an exception: the worker decides from
 * it whether the row is sent, retried later or kept as a dead letter.
 */
public sealed interface SendResult {

    /** The receiver accepted it (SMTP accepted the message; the webhook answered 2xx). */
    record Sent() implements SendResult {}

    /**
     * Worth trying again: the receiver was unreachable, timed out, or answered 5xx, 408 or 429.
     *
     * @param notBefore how long the receiver asked us to wait (Retry-After), or null
     */
    record Retry(String error, Duration notBefore) implements SendResult {
        public Retry {
            Objects.requireNonNull(error, "error");
        }

        public Retry(String error) { this(error, null); }
    }

    /** Retrying cannot help (a malformed address, a 4xx refusal): the row becomes a dead letter now. */
    record Failed(String error) implements SendResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    SendResult SENT = new Sent();
}
