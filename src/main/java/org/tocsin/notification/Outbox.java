package org.tocsin.notification;

/**
 * Where notifications wait for delivery. {@link #enqueue} writes in the caller's transaction: a
 * crash between the commit and the send loses nothing, because the sender reads the outbox.
 */
public interface Outbox {

    void enqueue(Notification notification);

    /** An outbox that sends nothing: for in-memory replays. */
    Outbox NONE = n -> { };
}
