package org.tocsin.decision;

import org.tocsin.intake.SignalKey;

import java.util.List;
import java.util.Objects;

/**
 * An alternative explanation of the facts considered against genocidal intent (counter-insurgency;
 * displacement only, "ethnic cleansing"; a military objective), and whether and why it is rejected:
 * the exclusion test INF-X of determination.md section 1.3.
 *
 * @param reason why it is rejected (required when {@code rejected})
 */
public record AlternativeExplanation(String text, boolean rejected, String reason, List<SignalKey> evidence) {
    public AlternativeExplanation {
        Objects.requireNonNull(text, "text");
        reason = reason == null || reason.isBlank() ? null : reason;
        evidence = List.copyOf(evidence);
        if (rejected && reason == null) throw new IllegalArgumentException("a rejected alternative states why");
    }
}
