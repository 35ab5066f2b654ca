package org.tocsin.intake;

/**
 * Where a signal's content happened: a place name as written, optional WGS 84 coordinates
 * (both or neither), and the ISO 3166-1 alpha-2 country when the source states it.
 */
public record Place(String name, Double lat, Double lon, String country) {
    public Place {
        if ((lat == null) != (lon == null)) throw new IllegalArgumentException("lat and lon go together");
        if (lat != null && (lat < -90 || lat > 90)) throw new IllegalArgumentException("lat out of range");
        if (lon != null && (lon < -180 || lon > 180)) throw new IllegalArgumentException("lon out of range");
        if (country != null && !country.matches("[A-Z]{2}")) throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2");
    }

    public static Place unknown() { return new Place(null, null, null, null); }

    public boolean hasCoordinates() { return lat != null; }
}
