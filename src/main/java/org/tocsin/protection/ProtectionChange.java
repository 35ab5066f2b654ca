package org.tocsin.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change that reduces protection, as put on record: what (withdrawal, site left, cut), in which form
 * (proposed, ordered, decided), effective on which day, by whom, why — and the two times of every
 * event: when it was proposed or ordered ({@code occurredAt}) and when Tocsin recorded it.
 *
 * @param forceVersion the version of the force its impact was assessed on
 */
public record ProtectionChange(String situation, ProposedChange change, ChangeForm form, LocalDate effectiveOn,
                               int forceVersion, String proposedBy, Instant occurredAt, Instant recordedAt, String rationale) {

    public ProtectionChange {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(rationale, "rationale");
    }
}
