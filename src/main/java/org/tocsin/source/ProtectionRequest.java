package org.tocsin.source;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An obligation to protect a source: its public side (owner, deadline, status), which analysts may
 * see. What is to be done, and the rationale of each step, are sealed ({@link ProtectionDetails}).
 */
public record ProtectionRequest(UUID id, SourceId source, Instant deadline, String owner, ProtectionStatus status,
                                String requestedBy, Instant requestedAt, Instant updatedAt, String situation) {
    public ProtectionRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
    }

    /** @param situation the situation whose escalation ladder an overdue request climbs; null when it names none */
    public boolean overdue(Instant now) { return status.pending() && deadline.isBefore(now); }

    /** The envelope of its sealed details is bound to this name, and so to the source. */
    String sealedRef() { return source.sealedRef() + "/protection/" + id; }

    ProtectionRequest moved(ProtectionStatus to, Instant at) {
        return new ProtectionRequest(id, source, deadline, owner, to, requestedBy, requestedAt, at, situation);
    }
}
