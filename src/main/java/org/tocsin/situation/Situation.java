package org.tocsin.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A country or area under watch, e.g. "Rwanda 1993–94". {@code details} keeps the situation file
 * (mission, mandate, deciding bodies and their members, actors) as JSON text for the capabilities
 * that use it; {@code createdAt} is when Tocsin learned of the situation.
 */
public record Situation(String id, String name, String country, String area, LocalDate watchFrom, LocalDate watchTo,
                        String details, Instant createdAt, String createdBy) {
    public Situation {
        if (!SituationId.valid(id)) throw new IllegalArgumentException("invalid situation id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
