package org.tocsin.decision;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a determination's grid: where one element stands, at which standard, on what evidence
 * and by which inference rules, with the author's reasoning. It carries the requirement it was judged
 * under (conjunctive, one of a group, or optional), so the conclusion can always be recomputed from
 * the findings alone.
 *
 * @param reasoning why the element stands where it does (required once the element is addressed)
 */
public record ElementFinding(String element, Requirement requirement, ElementStatus status, StandardOfProof standard,
                             List<EvidenceLink> evidence, List<String> inferenceRules, String reasoning) {

    public ElementFinding {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(standard, "standard");
        evidence = List.copyOf(evidence);
        inferenceRules = List.copyOf(inferenceRules);
        reasoning = reasoning == null || reasoning.isBlank() ? null : reasoning;
        if (status.addressed() && reasoning == null) {
            throw new IllegalArgumentException(element + ": an addressed element states its reasoning");
        }
    }

    /** An element nobody has examined, as recorded when a determination leaves it out. */
    public static ElementFinding unaddressed(String element, Requirement requirement, StandardOfProof standard) {
        return new ElementFinding(element, requirement, ElementStatus.UNADDRESSED, standard, List.of(), List.of(), null);
    }
}
