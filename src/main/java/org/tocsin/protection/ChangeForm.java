package org.tocsin.protection;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a change stands when Tocsin learns of it. A proposal awaits a decision; an order (a
 * commander's: "regroup at the airport") and a decision (a government's, a Council resolution) are
 * already in effect — people at a site it leaves are exposed from that moment, not from a later vote.
 */
public enum ChangeForm {
    PROPOSED, ORDERED, DECIDED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    /** Ordered or decided: in effect now, not waiting for anyone. */
    public boolean effective() { return this != PROPOSED; }

    public static Optional<ChangeForm> parse(String text) {
        for (ChangeForm f : values()) if (f.wire().equals(text)) return Optional.of(f);
        return Optional.empty();
    }

    /** "a proposal", "an order", "a decision". */
    public String noun() {
        return switch (this) {
            case PROPOSED -> "a proposal";
            case ORDERED -> "an order";
            case DECIDED -> "a decision";
        };
    }
}
