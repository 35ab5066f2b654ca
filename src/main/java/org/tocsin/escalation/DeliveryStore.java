package org.tocsin.escalation;

import java.util.List;
import java.util.Optional;

/** Deliveries and their receipts. */
public interface DeliveryStore {

    Delivery insert(Delivery delivery);

    void update(Delivery delivery);

    Optional<Delivery> find(long id);

    /** Locked until the transaction ends. */
    Optional<Delivery> lock(long id);

    /** Deliveries of a subject ({@code alert:42}), oldest first. */
    List<Delivery> of(String subject);

    /** Deliveries still held for a disclosure conflict, of a situation (every situation when null). */
    List<Delivery> held(String situation);
}
