package org.tocsin.notification;

/**
 * Wakes the outbox worker now instead of at its next poll. Call it after the transaction that wrote
 * to the outbox has committed (before the commit the worker cannot see the rows). Cheap and
 * idempotent: nudges that arrive while the worker is busy coalesce into one more run.
 */
@FunctionalInterface
public interface OutboxNudger {

    void nudge();

    OutboxNudger NONE = () -> { };
}
