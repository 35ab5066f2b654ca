package org.tocsin.protection;

import java.util.Optional;

/**
 * Where a site is: WGS 84 coordinates when the file has them (often approximate; the precision text
 * says how), always with provenance — the ETO's coordinates, for one, are marked unconfirmed.
 */
public record Location(Optional<Coordinates> coordinates, String precision, Provenance provenance) {

    public record Coordinates(double lat, double lon) {
        public Coordinates {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("coordinates out of range");
        }
    }

    public Location {
        precision = precision == null ? "" : precision;
    }
}
