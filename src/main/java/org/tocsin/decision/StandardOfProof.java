package org.tocsin.decision;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The ladder of standards of proof (determination.md section 4), lowest first. There is no single
 * standard for fact-finding bodies, so each element finding records the one applied to it. The
 * descriptive text (who uses a standard, its definition, whether intent must then be the only
 * reasonable inference) is data: {@link DeterminationCatalogue#standard(StandardOfProof)}.
 *
 * <p>{@link #SERIOUS_RISK} is on its own axis: a risk threshold (the ICJ's trigger for the duty to
 * prevent), not a degree of proof that something happened. It is never compared with the others.
 */
public enum StandardOfProof {
    SERIOUS_RISK("SOP-RISK", 0),
    PLAUSIBILITY("SOP-PLAUS", 1),
    REASONABLE_BASIS("SOP-REAS-BASIS", 2),
    REASONABLE_SUSPICION("SOP-REAS-SUSP", 2),
    REASONABLE_GROUNDS("SOP-RGB", 3),
    SUBSTANTIAL_GROUNDS("SOP-SUBST", 4),
    BALANCE_OF_PROBABILITIES("SOP-BOP", 5),
    CLEAR_AND_CONVINCING("SOP-CCE", 6),
    FULLY_CONCLUSIVE("SOP-ICJ-FC", 7),
    BEYOND_REASONABLE_DOUBT("SOP-BRD", 8);

    /** The default of UN commissions of inquiry and fact-finding missions. */
    public static final StandardOfProof DEFAULT = REASONABLE_GROUNDS;

    /** By rank, then by declaration order (reasonable basis before reasonable suspicion, both rank 2). */
    public static final Comparator<StandardOfProof> ORDER =
            Comparator.comparingInt(StandardOfProof::rank).thenComparing(Comparator.naturalOrder());

    private final String id;
    private final int rank;

    StandardOfProof(String id, int rank) {
        this.id = id;
        this.rank = rank;
    }

    /** As the reference writes it: {@code SOP-RGB}. */
    public String id() { return id; }

    /** 0 (risk) to 8 (beyond reasonable doubt). */
    public int rank() { return rank; }

    public boolean isRiskThreshold() { return this == SERIOUS_RISK; }

    public boolean isAtLeast(StandardOfProof other) { return ORDER.compare(this, other) >= 0; }

    public static Optional<StandardOfProof> parse(String id) {
        for (StandardOfProof s : values()) if (s.id.equals(id)) return Optional.of(s);
        return Optional.empty();
    }

    /** The weakest of several: what a conclusion resting on all of them is worth. */
    public static Optional<StandardOfProof> weakest(Collection<StandardOfProof> standards) {
        return standards.stream().min(ORDER);
    }
}
