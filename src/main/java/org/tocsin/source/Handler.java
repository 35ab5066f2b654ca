package org.tocsin.source;

import java.time.Instant;

/** One assignment of a person as a source's handler; revoked assignments stay on record. */
public record Handler(String person, String assignedBy, Instant assignedAt, String revokedBy, Instant revokedAt) {
    public boolean active() { return revokedAt == null; }
}
