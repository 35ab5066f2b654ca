package org.tocsin.decision;

import java.util.List;
import java.util.Optional;

/** Tracked obligation items. At most one active item per situation and obligation. */
public interface ObligationStore {

    /** Stores the item unless an active one of the same obligation exists for the situation (then empty). */
    Optional<ObligationItem> insertIfNoneActive(ObligationItem item);

    /** Locks the active item of an obligation for a situation until the transaction ends. */
    Optional<ObligationItem> lockActive(String situation, String obligation);

    /** Locks an item until the transaction ends. */
    Optional<ObligationItem> lock(long id);

    void update(ObligationItem item);

    Optional<ObligationItem> find(long id);

    /** A situation's items, oldest first. */
    List<ObligationItem> list(String situation);
}
