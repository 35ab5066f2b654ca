package org.tocsin.protection;

import java.util.List;
import java.util.Optional;

/**
 * A troop contributor's unit in the mission (or the mission's total, see {@link ContingentKind}):
 * who, what it does, where, with what, and how strong over time.
 */
public record Contingent(String id, String country, String unit, ContingentKind kind, List<String> roles,
                         List<String> commanders, List<String> locations, Optional<SourcedText> equipment,
                         FigureSeries strength, String notes) {

    public Contingent {
        roles = List.copyOf(roles);
        commanders = List.copyOf(commanders);
        locations = List.copyOf(locations);
        notes = notes == null ? "" : notes;
    }

    public Contingent withStrength(FigureSeries series) {
        return new Contingent(id, country, unit, kind, roles, commanders, locations, equipment, series, notes);
    }
}
