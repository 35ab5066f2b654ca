package org.tocsin.source;

import org.tocsin.intake.Reliability;
import org.tocsin.intake.SourceType;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered source as everyone may see it: id, pseudonym, type and its current reliability
 * grade. Its identity and contact details are not here: they are sealed ({@link SealedFields}).
 */
public record Source(SourceId id, Pseudonym pseudonym, SourceType type, Reliability reliability, String registeredBy,
                     Instant registeredAt) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    Source withReliability(Reliability r) { return new Source(id, pseudonym, type, r, registeredBy, registeredAt); }
}
