package org.tocsin.access;

import java.time.Instant;
import java.util.Set;

/**
 * A machine client's credential, acting as one person with at most the listed permissions. Only a
 * SHA-256 of the secret is kept (the secret has 256 bits of entropy, so a slow hash adds nothing);
 * the secret is shown once, when issued.
 */
public record ApiToken(long id, String person, String name, Set<Permission> scopes, Instant createdAt,
                       Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String createdBy) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean usableAt(Instant at) { return revokedAt == null && at.isBefore(expiresAt); }
}
