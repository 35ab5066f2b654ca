package org.tocsin.escalation;

import org.tocsin.access.Body;
import org.tocsin.situation.Situation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * What escalation reads from a situation file: the mandate over time, the deciding bodies and the
 * actors records may implicate. Pure data, so a replay needs no database.
 */
public record SituationDetails(String situation, MandateHistory mandates, List<Body> bodies, Actors actors) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public SituationDetails {
        bodies = List.copyOf(bodies);
    }

    public static SituationDetails of(Situation s) { return parse(s.id(), JSON.readTree(s.details())); }

    /** From the details (or a whole situation file: its identity fields are ignored). */
    public static SituationDetails parse(String situation, JsonNode details) {
        return new SituationDetails(situation, MandateHistory.parse(details), Body.parse(details), Actors.parse(details));
    }

    public Optional<Body> body(String id) { return bodies.stream().filter(b -> b.id().equals(id)).findFirst(); }
}
