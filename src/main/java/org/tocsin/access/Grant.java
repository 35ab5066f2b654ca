package org.tocsin.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A role held by a person in a situation, or in every situation ({@link #ALL_SITUATIONS}).
 * Granting and revoking are journaled ({@code permission.granted}, {@code permission.revoked}).
 */
public record Grant(String person, String situation, Role role, String grantedBy, Instant grantedAt) {

    /** The situation value of a grant that holds everywhere (an auditor of the whole installation). */
    public static final String ALL_SITUATIONS = "*";

    public Grant {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(role, "role");
    }

    public boolean covers(String situationId) {
        return ALL_SITUATIONS.equals(situation) || situation.equals(situationId);
    }
}
