package org.tocsin.escalation;

import java.util.List;
import java.util.Optional;

/** Where alerts are kept. {@link #lock} must be called in a transaction and holds the alert until it ends. */
public interface AlertStore {

    /** Stores a new alert and returns it with its id. */
    Alert insert(Alert alert);

    void update(Alert alert);

    Optional<Alert> find(long id);

    /** The alert, locked against concurrent changes until the transaction ends. */
    Optional<Alert> lock(long id);

    /** Alerts of a situation (every situation when null), newest first. */
    List<Alert> list(String situation, boolean openOnly);

    /**
     * The same, limited in the query to what a reader may see: alerts whose label their roles read in
     * the alert's situation, alerts they raised, and alerts delivered to them.
     */
    List<Alert> list(String situation, boolean openOnly, org.tocsin.access.Viewer.SqlVisibility readers);
}
