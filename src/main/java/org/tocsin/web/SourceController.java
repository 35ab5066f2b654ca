package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.intake.Credibility;
import org.tocsin.source.Handler;
import org.tocsin.source.ProtectionDetails;
import org.tocsin.source.ProtectionRequest;
import org.tocsin.source.ProtectionRequests;
import org.tocsin.source.ProtectionUpdate;
import org.tocsin.source.ReliabilityRecord;
import org.tocsin.source.SealedField;
import org.tocsin.source.Source;
import org.tocsin.source.SourceId;
import org.tocsin.source.SourceInput;
import org.tocsin.source.SourceService;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sealed sources (M5). Every response shows a source by id, pseudonym, type and reliability record;
 * sealed fields leave the server only in the response to an explicit {@code POST …/unseal} by a
 * handler (never a GET, so no cache, prefetch or log of URLs can hold them), marked no-store.
 *
 * <p><b>Not for production without authentication.</b> Until sign-in exists the acting person is
 * whoever the request claims to be ({@link Acting}): anyone could claim to be a handler. These
 * endpoints must be locked by the trust issue's authentication before real sources are entered.
 */
@RestController
class SourceController {

    private static final int MAX = 256 * 1024;

    private final SourceService sources;
    private final ProtectionRequests protection;
    private final Clock clock;

    SourceController(SourceService sources, ProtectionRequests protection, Clock clock) {
        this.sources = sources;
        this.protection = protection;
        this.clock = clock;
    }

    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources")
    ResponseEntity<Object> register(HttpServletRequest request, Principal principal) throws IOException {
        JsonNode body = body(request);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(SourceInput.registration(body), "Invalid source");
        return EscalationJson.created(sources.register(in, actor), s -> "/api/sources/" + s.id(),
                s -> view(sources.view(s.id(), actor).orElseThrow()));
    }

    @Requires(value = Permission.SOURCE_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/sources")
    List<Map<String, Object>> list(@RequestParam(required = false) String actor, Principal principal) {
        String asker = asker(principal, actor);
        return sources.list().stream().map(s -> summary(s, asker != null && sources.isHandler(s.id(), asker))).toList();
    }

    @Requires(value = Permission.SOURCE_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/sources/{id}")
    Map<String, Object> get(@PathVariable String id, @RequestParam(required = false) String actor, Principal principal) {
        return view(sources.view(sourceId(id), asker(principal, actor)).orElseThrow(SourceController::unknownSource));
    }

    /** The one way to read sealed fields: a POST, by a handler, journaled in the same transaction. */
    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/unseal")
    ResponseEntity<Object> unseal(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        JsonNode body = request.getContentLengthLong() == 0 ? null : body(request);
        String actor = Acting.person(principal, body);
        // why the identity is needed goes into the journal beside the unseal (never a value from the seal)
        JsonNode why = body == null ? null : body.get("reason");
        String reason = why != null && why.isString() && !why.stringValue().isBlank() ? why.stringValue().strip() : null;
        if (reason != null && reason.length() > 1000) {
            throw ApiProblem.raise(ApiProblem.field(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field",
                    "Invalid reason", "reason", "is longer than 1000 characters"));
        }
        return EscalationJson.respond(sources.unseal(sourceId(id), actor, reason), u -> {
            Map<String, Object> sealed = new LinkedHashMap<>();
            for (SealedField f : SealedField.values()) u.fields().get(f).ifPresent(v -> sealed.put(f.wire(), v));
            Map<String, Object> m = summary(u.source(), true);
            m.put("sealed", sealed);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(m);
        });
    }

    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/handlers")
    ResponseEntity<Object> assign(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        JsonNode body = body(request);
        String actor = Acting.person(principal, body);
        String person = EscalationJson.parsed(SourceInput.person(body, "person"), "Invalid handler");
        return EscalationJson.ok(sources.assignHandler(sourceId(id), person, actor), SourceController::handlers);
    }

    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @DeleteMapping("/api/sources/{id}/handlers/{person}")
    ResponseEntity<Object> revoke(@PathVariable String id, @PathVariable String person,
                                  @RequestParam(required = false) String actor, Principal principal) {
        String by = Acting.person(principal, actor);
        return EscalationJson.ok(sources.revokeHandler(sourceId(id), person, by), SourceController::handlers);
    }

    @Requires(value = Permission.SOURCE_GRADE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/reliability")
    ResponseEntity<Object> regrade(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        JsonNode body = body(request);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(SourceInput.grade(body), "Invalid grade");
        return EscalationJson.ok(sources.changeReliability(sourceId(id), in, actor), SourceController::reliability);
    }

    @Requires(value = Permission.SOURCE_GRADE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/report-outcomes")
    ResponseEntity<Object> assess(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        JsonNode body = body(request);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(SourceInput.assessment(body), "Invalid assessment");
        return EscalationJson.ok(sources.assessReport(sourceId(id), in, actor), SourceController::reliability);
    }

    @Requires(value = Permission.SOURCE_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/sources/{id}/protection-requests")
    List<Map<String, Object>> protectionRequests(@PathVariable String id) {
        SourceId sid = sourceId(id);
        if (sources.find(sid).isEmpty()) throw unknownSource();
        Instant now = clock.instant();
        return protection.list(sid).stream().map(r -> protection(r, now)).toList();
    }

    @Requires(value = Permission.SOURCE_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/sources/{id}/protection-requests/{rid}")
    Map<String, Object> protectionRequest(@PathVariable String id, @PathVariable String rid) {
        var r = protection.find(sourceId(id), requestId(rid)).orElseThrow(SourceController::unknownRequest);
        Map<String, Object> m = protection(r, clock.instant());
        m.put("history", protection.history(r.id()).stream().map(SourceController::update).toList());
        return m;
    }

    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/protection-requests")
    ResponseEntity<Object> requestProtection(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        JsonNode body = body(request);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(SourceInput.protection(body), "Invalid protection request");
        Instant now = clock.instant();
        return EscalationJson.created(protection.request(sourceId(id), in, actor),
                r -> "/api/sources/" + r.source() + "/protection-requests/" + r.id(), r -> protection(r, now));
    }

    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/protection-requests/{rid}/progress")
    ResponseEntity<Object> progress(@PathVariable String id, @PathVariable String rid, HttpServletRequest request,
                                    Principal principal) throws IOException {
        JsonNode body = body(request);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(SourceInput.progress(body), "Invalid progress");
        Instant now = clock.instant();
        return EscalationJson.ok(protection.progress(sourceId(id), requestId(rid), in, actor), r -> protection(r, now));
    }

    /** What a protection request asks, and its rationales: for the source's handlers and the request's owner. */
    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/sources/{id}/protection-requests/{rid}/unseal")
    ResponseEntity<Object> unsealProtection(@PathVariable String id, @PathVariable String rid, HttpServletRequest request,
                                            Principal principal) throws IOException {
        JsonNode body = request.getContentLengthLong() == 0 ? null : body(request);
        String actor = Acting.person(principal, body);
        return EscalationJson.respond(protection.unseal(sourceId(id), requestId(rid), actor),
                d -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(details(d)));
    }

    // ---- edge ----------------------------------------------------------------------------------

    private static JsonNode body(HttpServletRequest request) throws IOException {
        return JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
    }

    /** Who is asking, for showing whether they handle a source; nobody when no one is named. */
    private static String asker(Principal principal, String actor) {
        return principal == null && (actor == null || actor.isBlank()) ? null : Acting.person(principal, actor);
    }

    private static SourceId sourceId(String id) {
        return SourceId.parse(id).orElseThrow(SourceController::unknownSource);
    }

    private static UUID requestId(String rid) {
        try {
            return UUID.fromString(rid);
        } catch (IllegalArgumentException e) {
            throw unknownRequest();
        }
    }

    private static ApiProblem unknownSource() { return EscalationJson.notFound("id", "names no registered source"); }

    private static ApiProblem unknownRequest() { return EscalationJson.notFound("request", "names no protection request of this source"); }

    // ---- JSON ----------------------------------------------------------------------------------

    private static Map<String, Object> summary(Source s, boolean askerIsHandler) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        m.put("pseudonym", s.pseudonym().value());
        m.put("type", s.type().wire());
        m.put("reliability", s.reliability().name());
        m.put("reliability_meaning", s.reliability().meaning());
        m.put("sealed", true);
        m.put("you_are_handler", askerIsHandler);
        return m;
    }

    private static Map<String, Object> view(SourceService.View v) {
        Map<String, Object> m = summary(v.source(), v.askerIsHandler());
        m.put("registered_by", v.source().registeredBy());
        m.put("registered_at", v.source().registeredAt().toString());
        m.put("handler_count", v.activeHandlers());
        // who handles a source is itself need-to-know: only its handlers see the list
        if (v.askerIsHandler()) m.put("handlers", handlers(v.handlers()));
        m.put("reliability_record", reliability(v.reliability()));
        return m;
    }

    private static List<Map<String, Object>> handlers(List<Handler> hs) {
        return hs.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("person", h.person());
            m.put("active", h.active());
            m.put("assigned_by", h.assignedBy());
            m.put("assigned_at", EscalationJson.text(h.assignedAt()));
            m.put("revoked_by", h.revokedBy());
            m.put("revoked_at", EscalationJson.text(h.revokedAt()));
            return m;
        }).toList();
    }

    private static Map<String, Object> reliability(ReliabilityRecord r) {
        Map<String, Object> byGrade = new LinkedHashMap<>();
        for (Credibility c : Credibility.values()) byGrade.put(c.grade(), r.reportsByCredibility().getOrDefault(c, 0L));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grade", r.grade().name());
        m.put("reports", r.reports());
        m.put("reports_by_credibility", byGrade);
        m.put("confirmed", r.confirmed());
        m.put("refuted", r.refuted());
        m.put("grade_history", r.history().stream().map(c -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("from", c.from() == null ? null : c.from().name());
            g.put("to", c.to().name());
            g.put("by", c.by());
            g.put("at", c.at().toString());
            g.put("rationale", c.rationale());
            return g;
        }).toList());
        return m;
    }

    private static Map<String, Object> protection(ProtectionRequest r, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("source", r.source().value());
        m.put("status", r.status().wire());
        m.put("deadline", r.deadline().toString());
        m.put("overdue", r.overdue(now));
        m.put("owner", r.owner());
        m.put("requested_by", r.requestedBy());
        m.put("requested_at", r.requestedAt().toString());
        m.put("updated_at", r.updatedAt().toString());
        m.put("details", "sealed");
        return m;
    }

    private static Map<String, Object> update(ProtectionUpdate u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", u.from().wire());
        m.put("to", u.to().wire());
        m.put("by", u.by());
        m.put("at", u.at().toString());
        return m;
    }

    private static Map<String, Object> details(ProtectionDetails d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", d.what());
        m.put("notes", d.notes().stream().map(n -> Map.of("status", n.status().wire(), "text", n.text())).toList());
        return m;
    }
}
