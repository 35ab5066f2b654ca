package org.tocsin.fusion;

import org.tocsin.intake.Signal;
import org.tocsin.situation.Situation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.Set;

/**
 * Locates signals relative to a situation's area: its country (and, when the situation file gives
 * {@code bbox: [minLat, maxLat, minLon, maxLon]}, a bounding box). A situation without a country
 * has no area: every place is then of unknown locality, so no fatality counts as a killing in it.
 */
public final class SituationArea {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Area area;
    private final CountryNames countries;

    private SituationArea(Area area, CountryNames countries) {
        this.area = area;
        this.countries = countries;
    }

    public static SituationArea of(Situation situation, CountryNames countries) {
        if (situation.country() == null) return new SituationArea(null, countries);
        Area area = Area.of(situation.country(), situation.name());
        // a situation file may give "bbox": [minLat, maxLat, minLon, maxLon] (the API's "area" is free text)
        JsonNode details = JSON.readTree(situation.details());
        JsonNode box = details.path("bbox").isArray() ? details.path("bbox") : details.path("area").path("bbox");
        if (box.isArray() && box.size() == 4) {
            area = area.withBox(box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble());
        }
        return new SituationArea(area, countries);
    }

    public Optional<Area> area() { return Optional.ofNullable(area); }

    public Locality locate(Signal signal) {
        return area == null ? Locality.UNKNOWN : area.locate(signal.place(), countries);
    }

    public Evidence evidence(Signal signal, Set<String> countingCodes) {
        return Evidence.of(signal, countingCodes, locate(signal));
    }
}
