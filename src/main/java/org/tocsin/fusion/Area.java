package org.tocsin.fusion;

import org.tocsin.intake.Place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ground a situation watches: one country, the names it goes by, and optionally a bounding box
 * that contains all of it. Only killings shown to be inside count as killings <em>in</em> the
 * situation (case record {@code rw-002} reports Burundi's dead, not Rwanda's).
 *
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code RW}
 * @param names   the names and aliases used for it in location text, e.g. "Rwanda"
 * @param box     a box containing the whole area, or {@code null}
 */
public record Area(String country, List<String> names, BoundingBox box) {

    public Area {
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}")) throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2");
        names = List.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException("an area needs at least one name");
    }

    /** An area from its code and names, without a box. */
    public static Area of(String country, String... names) {
        return new Area(country, List.of(names), null);
    }

    public Area withBox(double minLat, double maxLat, double minLon, double maxLon) {
        return new Area(country, names, new BoundingBox(minLat, maxLat, minLon, maxLon));
    }

    /** Latitudes and longitudes in WGS 84 degrees, bounds included. */
    public record BoundingBox(double minLat, double maxLat, double minLon, double maxLon) {
        public BoundingBox {
            if (!(minLat <= maxLat && minLon <= maxLon)) throw new IllegalArgumentException("empty bounding box");
        }

        public boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    /**
     * Where a place lies relative to this area, by the first rule that decides:
     * <ol>
     *   <li>an explicit {@code place.country}: inside if it is this area's country, else outside;</li>
     *   <li>the last segment of the location text (split on {@code ,} and {@code /}) naming a country:
     *       inside if it names this area (its own names, or the list's names for its code), outside if it
     *       names another country ("Oxford, UK / Ngara, Tanzania" is outside Rwanda);</li>
     *   <li>coordinates and a box: inside if the box holds them, else outside (the box contains the whole area);</li>
     *   <li>otherwise {@link Locality#UNKNOWN}.</li>
     * </ol>
     */
    public Locality locate(Place place, CountryNames countries) {
        if (place.country() != null) return place.country().equals(country) ? Locality.INSIDE : Locality.OUTSIDE;
        Optional<Locality> byName = locateByName(place.name(), countries);
        if (byName.isPresent()) return byName.get();
        if (place.hasCoordinates() && box != null) {
            return box.contains(place.lat(), place.lon()) ? Locality.INSIDE : Locality.OUTSIDE;
        }
        return Locality.UNKNOWN;
    }

    private Optional<Locality> locateByName(String location, CountryNames countries) {
        if (location == null) return Optional.empty();
        String[] segments = location.split("[,/]");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        int own = 0;
        for (String name : names) {
            String n = CountryNames.normalise(name);
            if (!n.isEmpty() && CountryNames.endsWithWord(CountryNames.normalise(last), n)) own = Math.max(own, n.length());
        }
        Optional<CountryNames.Match> listed = countries.countryIn(last);
        if (listed.isPresent() && !listed.get().country().equals(country) && listed.get().length() > own) {
            return Optional.of(Locality.OUTSIDE);
        }
        if (own > 0 || listed.isPresent()) return Optional.of(Locality.INSIDE);
        return Optional.empty();
    }
}
