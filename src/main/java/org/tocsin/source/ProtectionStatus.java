package org.tocsin.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a protection request stands: open → in progress → done or failed. Done and failed are
 * final; a request may also be closed straight from open (done at once, or found impossible).
 */
public enum ProtectionStatus {
    OPEN, IN_PROGRESS, DONE, FAILED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public boolean pending() { return this == OPEN || this == IN_PROGRESS; }

    /** Closing states need a rationale: what was done, or why it could not be. */
    public boolean needsRationale() { return this == DONE || this == FAILED; }

    /** Why the request cannot move from this state to {@code next}, naming this state; empty when it can. */
    public Optional<String> refuse(ProtectionStatus next) {
        boolean allowed = switch (this) {
            case OPEN -> next != OPEN;
            case IN_PROGRESS -> next == DONE || next == FAILED;
            case DONE, FAILED -> false;
        };
        return allowed ? Optional.empty() : Optional.of("cannot move a request that is " + wire() + " to " + next.wire());
    }

    public static Optional<ProtectionStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(text)).findFirst();
    }
}
