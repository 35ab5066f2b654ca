package org.tocsin.escalation;

import org.tocsin.access.Json;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** Requests for action and their decisions, parsed at the edge from the API's JSON. */
public final class RequestInput {

    private RequestInput() {}

    public record NewRequest(String situation, String action, String requestedBy, Instant wantedBy, List<String> evidence) {}

    public record Decision(RequestDecision.Outcome outcome, String ground, String rationale, Instant newDeadline, String marking,
                           org.tocsin.distribution.Tlp label) {}

    public static Parsed<NewRequest> request(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a request must be a JSON object");
        Json f = new Json(body);
        String situation = f.string("situation", true, 64);
        String action = f.string("action", true, 5_000);
        String requestedBy = f.string("requested_by", false, 1_000);
        Instant wantedBy = f.instant("wanted_by", false);
        List<String> evidence = f.strings("evidence", false, 200);
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(new NewRequest(situation, action, requestedBy, wantedBy, evidence));
    }

    public static Parsed<Decision> decision(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a decision must be a JSON object");
        Json f = new Json(body);
        String o = f.string("outcome", true, 40);
        RequestDecision.Outcome outcome = null;
        if (o != null) {
            outcome = RequestDecision.Outcome.parse(o).orElse(null);
            if (outcome == null) f.error("outcome", "must be approved, refused, deferred or partial");
        }
        String ground = f.string("ground", false, 300);
        if (outcome == RequestDecision.Outcome.REFUSED && ground == null && !f.has("ground")) {
            f.error("ground", "is required for a refusal: the legal or policy ground, e.g. outside_mandate");
        }
        String rationale = f.string("rationale", true, 20_000);
        Instant newDeadline = f.instant("new_deadline", false);
        if (outcome == RequestDecision.Outcome.DEFERRED && newDeadline == null && !f.has("new_deadline")) {
            f.error("new_deadline", "is required for a deferral");
        }
        String marking = f.string("marking", false, 300);
        org.tocsin.distribution.Tlp label = AlertInput.label(f, "label");
        if (label == null && marking != null) label = org.tocsin.distribution.Tlp.fromMarking(marking).orElse(null);
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(new Decision(outcome, ground, rationale, newDeadline, marking, label));
    }
}
