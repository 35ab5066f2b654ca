package org.tocsin.escalation;

import java.util.List;
import java.util.Optional;

/** The register of requests for action. */
public interface RequestStore {

    /** Stores a new request; empty when its signal is already registered (nothing changes then). */
    Optional<ActionRequest> insert(ActionRequest request);

    void update(ActionRequest request);

    Optional<ActionRequest> find(long id);

    Optional<ActionRequest> lock(long id);

    /** The request a signal carried, locked. */
    Optional<ActionRequest> lockBySignal(String situation, String signal);

    List<ActionRequest> list(String situation);
}
