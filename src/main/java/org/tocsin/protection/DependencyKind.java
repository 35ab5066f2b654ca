package org.tocsin.protection;

import java.util.Locale;

/**
 * What a dependency means for a loss. Most kinds carry a loss to whatever depends on the lost thing
 * (a site loses its guard, the mission its airport, the quick-reaction force its armour); two do not:
 * a <em>competing priority</em> is a pull on a contingent, not something it needs, and a <em>materiel
 * transfer</em> is a mitigation (equipment left behind on departure). An unknown type carries the loss:
 * when unsure, the model assumes the dependency is real.
 */
public enum DependencyKind {
    SITE_PROTECTION(true),
    CORE_CAPABILITY(true),
    AIRPORT_SECURITY(true),
    LIFELINE(true),
    COMMAND(true),
    ARMOUR_MOBILITY(true),
    EQUIPMENT(true),
    /** A contributor stays only if a condition holds (e.g. Council assurances): a loss of the condition takes it away. */
    CONDITIONAL_COMMITMENT(true),
    COMPETING_PRIORITY(false),
    MITIGATION(false),
    OTHER(true);

    private final boolean carriesLoss;

    DependencyKind(boolean carriesLoss) {
        this.carriesLoss = carriesLoss;
    }

    public boolean carriesLoss() { return carriesLoss; }

    /** The file's {@code type}: {@code core_combat_capability} and {@code core_capability} are both core capabilities. */
    public static DependencyKind of(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "site_protection" -> SITE_PROTECTION;
            case "core_combat_capability", "core_capability" -> CORE_CAPABILITY;
            case "airport_security" -> AIRPORT_SECURITY;
            case "lifeline" -> LIFELINE;
            case "command" -> COMMAND;
            case "armour_mobility", "armor_mobility" -> ARMOUR_MOBILITY;
            case "equipment" -> EQUIPMENT;
            case "conditional_commitment" -> CONDITIONAL_COMMITMENT;
            case "competing_priority" -> COMPETING_PRIORITY;
            case "materiel_transfer", "mitigation" -> MITIGATION;
            default -> OTHER;
        };
    }
}
