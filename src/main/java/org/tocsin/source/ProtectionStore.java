package org.tocsin.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Protection requests' public columns and status history. */
public interface ProtectionStore {

    void insert(ProtectionRequest request);

    Optional<ProtectionRequest> find(UUID id);

    /** The request, its row locked until the transaction ends. */
    Optional<ProtectionRequest> lock(UUID id);

    /** A source's requests, the earliest deadline first. */
    List<ProtectionRequest> list(SourceId source);

    void update(ProtectionRequest moved, ProtectionUpdate update);

    List<ProtectionUpdate> history(UUID id);

    /** Open or in-progress requests whose deadline is before {@code now}, the earliest first. */
    List<ProtectionRequest> overdue(Instant now);

    boolean alerted(java.util.UUID request);

    /** False when another instance recorded an alert first. */
    boolean markAlerted(java.util.UUID request, long alert);
}
