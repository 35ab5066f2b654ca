package org.tocsin.decision;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the obligations catalogue (determination.md section 1.5 and the section 5.1 note):
 * the duty, what triggers it and its source. Legal obligations, options (a party <em>may</em> call on
 * UN organs) and political commitments (R2P) are kept apart, as the reference asks.
 *
 * @param owner     the position that owns a tracked item by default (e.g. {@code headquarters-desk}); null for standing duties
 * @param dueWithin how long after the determination a first recorded step is due; null for standing duties
 */
public record ObligationDefinition(String id, Kind kind, String duty, String trigger, String source, String provenance,
                                   String owner, Duration dueWithin, String dueWithinProvenance) {

    public enum Kind {
        LEGAL_OBLIGATION, STANDING_OBLIGATION, OPTION, POLITICAL_COMMITMENT;

        public String wire() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Kind> parse(String wire) {
            for (Kind k : values()) if (k.wire().equals(wire)) return Optional.of(k);
            return Optional.empty();
        }
    }

    public ObligationDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duty, "duty");
        if (kind != Kind.STANDING_OBLIGATION && (owner == null || dueWithin == null)) {
            throw new IllegalArgumentException(id + ": an obligation a determination opens needs an owner and a due_within");
        }
    }

    /** Whether a determination turns it into a tracked item (standing duties are not opened by a finding). */
    public boolean tracked() { return kind != Kind.STANDING_OBLIGATION; }
}
