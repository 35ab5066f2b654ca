package org.tocsin.decision;

import java.util.Locale;
import java.util.Optional;

/**
 * Which real-world forum's test the author claims to emulate (determination.md section 4, design
 * rule 4): the same facts can rightly get different outcomes under different analogs (compare the
 * Al Bashir Pre-Trial and Appeals Chambers). Recorded, not enforced against the standard chosen.
 */
public enum ForumAnalog {
    COI, ICC_OTP, ICC_PTC_WARRANT, ICC_CONFIRMATION, ICJ_PROVISIONAL, ICJ_MERITS, CRIMINAL_TRIAL;

    /** The reference's recommendation (open issue 3): commission-of-inquiry level by default. */
    public static final ForumAnalog DEFAULT = COI;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<ForumAnalog> parse(String wire) {
        for (ForumAnalog f : values()) if (f.wire().equals(wire)) return Optional.of(f);
        return Optional.empty();
    }
}
