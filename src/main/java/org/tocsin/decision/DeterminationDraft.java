package org.tocsin.decision;

import org.tocsin.intake.SignalKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A determination as submitted and parsed ({@link DeterminationInput}), before Tocsin checks what
 * only its store can tell (the signals exist, the superseded determination is the latest of its
 * line) and records it. The findings are complete: every element of the type, unaddressed where the
 * author said nothing.
 *
 * @param occurredAt when the determination was made, or null for "now"
 * @param signals    every signal the draft cites, with the field that cites it (to name it if unknown)
 */
public record DeterminationDraft(DeterminationType type, Question question, ForumAnalog forum, StandardOfProof standard,
                                 List<ElementFinding> findings, List<AlternativeExplanation> alternatives,
                                 List<String> coSigners, List<Dissent> dissents, String note, Period period,
                                 Instant occurredAt, Long supersedes, String supersessionReason, List<SignalRef> signals) {

    /** A cited signal and where the draft cites it ({@code elements[2].evidence[0]}). */
    public record SignalRef(String field, SignalKey key) {}

    public DeterminationDraft {
        Objects.requireNonNull(type, "type");
        findings = List.copyOf(findings);
        alternatives = List.copyOf(alternatives);
        coSigners = List.copyOf(coSigners);
        dissents = List.copyOf(dissents);
        signals = List.copyOf(signals);
    }

    /** The determination this draft records, signed by {@code author} and recorded at {@code recordedAt}. */
    public Determination toDetermination(String situation, String author, int version, Instant recordedAt, String catalogueVersion) {
        return new Determination(0, situation, type.id(), version, supersedes, supersessionReason, question, forum, standard,
                findings, alternatives, author, coSigners, dissents, note, period, occurredAt == null ? recordedAt : occurredAt,
                recordedAt, catalogueVersion);
    }
}
