package org.tocsin.decision;

import java.util.Objects;

/**
 * What a standard of proof means and who uses it (determination.md section 4), as data.
 *
 * @param onlyReasonableInference at this standard, intent inferred from circumstances must be the only
 *                                reasonable inference: the alternatives must be recorded and rejected
 */
public record StandardDefinition(StandardOfProof standard, String label, String usedBy, String definition,
                                 boolean onlyReasonableInference, String provenance) {
    public StandardDefinition {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(label, "label");
    }
}
