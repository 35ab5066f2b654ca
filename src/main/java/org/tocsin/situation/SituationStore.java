package org.tocsin.situation;

import java.util.List;
import java.util.Optional;

/** Where situations are kept. */
public interface SituationStore {

    /** Stores a new situation; false when one with the same id already exists (nothing changes then). */
    boolean create(Situation situation);

    Optional<Situation> find(String id);

    boolean exists(String id);

    List<Situation> list();
}
