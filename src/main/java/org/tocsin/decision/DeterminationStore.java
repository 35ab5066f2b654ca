package org.tocsin.decision;

import java.util.List;
import java.util.Optional;

/** Recorded determinations: inserted once, never changed or removed (supersession is a new row). */
public interface DeterminationStore {

    /** Stores it and returns it with its id. */
    Determination insert(Determination d);

    Optional<Determination> find(long id);

    /** Locks a determination until the transaction ends (to supersede it exactly once). */
    Optional<Determination> lock(long id);

    /** The determination that supersedes this one, if any. */
    Optional<Long> supersededBy(long id);

    /** A situation's determinations, oldest first. */
    List<Determination> list(String situation);

    /** The latest determination of a type for a situation. */
    Optional<Determination> latest(String situation, String type);
}
