package org.tocsin.protection;

/**
 * What a "contingent" entry of the force file stands for. Besides national units the file lists the
 * mission's own total ({@code "country": "all"}) and groupings of separate arrivals
 * ({@code "country": "various"}), whose figures are not one unit's strength over time.
 */
public enum ContingentKind {
    /** A national or multinational unit: counts towards the force, can guard sites and can leave. */
    UNIT,
    /** The mission's total strength, as reported. */
    MISSION_TOTAL,
    /** Separate arrivals listed together: shown, never added up or treated as a series. */
    GROUPING;

    static ContingentKind of(String country) {
        return switch (country) {
            case "all" -> MISSION_TOTAL;
            case "various" -> GROUPING;
            default -> UNIT;
        };
    }
}
