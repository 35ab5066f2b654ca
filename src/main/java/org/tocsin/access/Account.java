package org.tocsin.access;

import java.time.Instant;

/**
 * A person's means of signing in: an Argon2id password hash (never the password), the count of
 * failed attempts since the last success, and until when the account is locked after too many.
 *
 * @param demo created by demo mode with a published password; production mode refuses to start while one exists
 */
public record Account(String person, String passwordHash, boolean enabled, int failedAttempts, Instant lockedUntil,
                      boolean demo, Instant createdAt) {

    public boolean lockedAt(Instant at) { return lockedUntil != null && at.isBefore(lockedUntil); }
}
