package org.tocsin.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tocsin.access.Group;
import org.tocsin.access.Outcome;
import org.tocsin.access.Person;
import org.tocsin.access.PositionHolding;
import org.tocsin.common.Parsed;
import org.tocsin.escalation.ActionRequest;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertMessage;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.Briefing;
import org.tocsin.escalation.Deadline;
import org.tocsin.escalation.Delivery;
import org.tocsin.escalation.EscalationEvent;
import org.tocsin.escalation.Mandate;
import org.tocsin.escalation.RecipientRef;
import org.tocsin.escalation.RequestDecision;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The escalation API's JSON (snake_case) and the one mapping of command outcomes to responses:
 * invalid input 422, unknown thing 404, clash with the current state 409, not allowed 403 — each
 * a problem naming the field.
 */
final class EscalationJson {

    private EscalationJson() {}

    static <T> T parsed(Parsed<T> p, String title) {
        return switch (p) {
            case Parsed.Ok<T> ok -> ok.value();
            case Parsed.Refused<T> r -> throw ApiProblem.raise(ApiProblem.invalid(title, r.errors()));
        };
    }

    static <T> ResponseEntity<Object> respond(Outcome<T> outcome, Function<T, ResponseEntity<Object>> done) {
        return switch (outcome) {
            case Outcome.Done<T> d -> done.apply(d.value());
            case Outcome.Invalid<T> i -> ApiProblem.response(ApiProblem.invalid("Refused", i.errors()));
            case Outcome.NotFound<T> n -> ApiProblem.response(ApiProblem.field(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    n.error().field(), n.error().reason()));
            case Outcome.Conflict<T> c -> ApiProblem.response(ApiProblem.field(HttpStatus.CONFLICT, "conflict", "Not possible now",
                    c.error().field(), c.error().reason()));
            case Outcome.Forbidden<T> f -> ApiProblem.response(ApiProblem.field(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    f.error().field(), f.error().reason()));
        };
    }

    static <T> ResponseEntity<Object> ok(Outcome<T> outcome, Function<T, Object> body) {
        return respond(outcome, v -> ResponseEntity.ok(body.apply(v)));
    }

    static <T> ResponseEntity<Object> created(Outcome<T> outcome, Function<T, String> location, Function<T, Object> body) {
        return respond(outcome, v -> ResponseEntity.created(URI.create(location.apply(v))).body(body.apply(v)));
    }

    static ApiProblem notFound(String field, String reason) {
        return ApiProblem.raise(ApiProblem.field(HttpStatus.NOT_FOUND, "not-found", "Not found", field, reason));
    }

    static String text(Instant i) { return i == null ? null : i.toString(); }

    static Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("email", p.email());
        m.put("webhook", p.webhook());
        m.put("represents", p.represents());
        return m;
    }

    static Map<String, Object> group(Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("name", g.name());
        m.put("situation", g.situation());
        m.put("members", g.members());
        return m;
    }

    static Map<String, Object> position(PositionHolding h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("situation", h.situation());
        m.put("position", h.position());
        m.put("person", h.person());
        m.put("from", text(h.from()));
        m.put("until", text(h.until()));
        return m;
    }

    /** An alert always with every assessment, decision and appeal (AlertMessage is the only renderer). */
    static Map<String, Object> alert(Alert a, String levelName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.putAll(AlertMessage.payload(a, levelName, null));
        m.remove("alert");
        m.put("label_meaning", a.label().meaning());
        m.put("addressees", a.addressees().stream().map(RecipientRef::wire).toList());
        return m;
    }

    static Map<String, Object> alertView(AlertService.AlertView v) {
        Map<String, Object> m = alert(v.alert(), v.levelName());
        m.put("deadlines", v.deadlines().stream().map(EscalationJson::deadline).toList());
        m.put("deliveries", v.deliveries().stream().map(EscalationJson::delivery).toList());
        m.put("history", v.history().stream().map(EscalationJson::event).toList());
        return m;
    }

    static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().wire());
        m.put("level", d.level());
        m.put("due_at", text(d.dueAt()));
        return m;
    }

    static Map<String, Object> delivery(Delivery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("subject", d.subject());
        m.put("situation", d.situation());
        m.put("recipient", d.recipient());
        m.put("status", d.status().wire());
        m.put("reason", d.reason());
        m.put("created_at", text(d.createdAt()));
        m.put("delivered_at", text(d.deliveredAt()));
        m.put("opened_at", text(d.openedAt()));
        m.put("acknowledged_at", text(d.acknowledgedAt()));
        if (d.warning() != null) {
            m.put("implicated_actor", d.conflictActor());
            m.put("warning", d.warning());
        }
        if (d.overriddenBy() != null) {
            m.put("overridden_by", d.overriddenBy());
            m.put("override_rationale", d.overrideRationale());
            m.put("overridden_at", text(d.overriddenAt()));
        }
        return m;
    }

    static Map<String, Object> event(EscalationEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type());
        m.put("occurred_at", text(e.occurredAt()));
        m.put("recorded_at", text(e.recordedAt()));
        m.put("actor", e.actor());
        m.put("subject", e.subject());
        m.put("details", e.details());
        return m;
    }

    static Map<String, Object> request(ActionRequest r, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("situation", r.situation());
        m.put("signal", r.signal());
        m.put("action", r.action());
        m.put("requested_by", r.requestedBy());
        m.put("requested_at", text(r.requestedAt()));
        m.put("wanted_by", text(r.wantedBy()));
        m.put("deadline", text(r.deadline()));
        m.put("status", r.status().wire());
        m.put("waiting", r.waiting(now).toString());
        m.put("evidence", r.evidence());
        m.put("implicated", r.implicated());
        m.put("decisions", r.decisions().stream().map(EscalationJson::requestDecision).toList());
        return m;
    }

    static Map<String, Object> requestDecision(RequestDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("outcome", d.outcome().wire());
        m.put("ground", d.ground());
        m.put("rationale", d.rationale());
        m.put("author", d.author());
        m.put("decided_at", text(d.decidedAt()));
        m.put("new_deadline", text(d.newDeadline()));
        m.put("signal", d.signal());
        m.put("marking", d.marking());
        m.put("label", d.label().wire());
        return m;
    }

    static Map<String, Object> briefing(Briefing b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("situation", b.situation());
        m.put("group", b.group());
        m.put("title", b.title());
        m.put("text", b.text());
        m.put("label", b.label().wire());
        m.put("label_meaning", b.label().meaning());
        m.put("marking", b.marking());
        m.put("sender", b.sender());
        m.put("evidence", b.evidence());
        m.put("alert", b.alert());
        m.put("delivered_at", text(b.deliveredAt()));
        return m;
    }

    static Map<String, Object> mandate(Mandate md) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chapter", md.chapter());
        m.put("use_of_force", md.useOfForce());
        m.put("permitted_actions", md.permittedActions());
        m.put("summary", md.summary());
        m.put("mandating_body", md.mandatingBody());
        m.put("by", md.by());
        m.put("since", md.since() == null ? null : md.since().toString());
        return m;
    }

    static List<Map<String, Object>> deliveries(List<Delivery> ds) { return ds.stream().map(EscalationJson::delivery).toList(); }
}
