package org.tocsin.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable "determination due" items. At most one item per situation and type is open at a time.
 *
 * <p><b>Escalation hook.</b> {@link #overdue(Instant)} lists every open item whose deadline has passed,
 * across situations, earliest deadline first: an escalation worker polls it and raises (once per item
 * id) an alert that climbs until a determination is recorded, which closes the item.
 */
public interface DueItems {

    /** Stores the item unless one of its type is already open for its situation (then empty). */
    Optional<DeterminationDue> open(DeterminationDue due);

    /** Closes every open item of the type for the situation, as closed by the determination; returns them closed. */
    List<DeterminationDue> close(String situation, String type, long determination, Instant at);

    Optional<DeterminationDue> find(long id);

    Optional<DeterminationDue> openItem(String situation, String type);

    /** A situation's items, newest first, open and closed. */
    List<DeterminationDue> list(String situation);

    /** Open items past their deadline, across situations, earliest deadline first. */
    List<DeterminationDue> overdue(Instant now);
}
