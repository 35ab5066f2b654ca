package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.protection.ImpactJson;
import org.tocsin.protection.ProtectionOutcome;
import org.tocsin.protection.ProtectionService;
import org.tocsin.protection.Reading;
import org.tocsin.protection.RecordedChange;
import org.tocsin.protection.VersionInfo;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A situation's force (M8): import and edit it (each a new version), read it on any day, assess the
 * impact of a proposed change, and put changes that reduce protection on record.
 */
@RestController
@RequestMapping("/api/situations/{id}/force")
class ForceController {

    private static final int FORCE_FILE_LIMIT = 4 << 20;
    private static final int EDIT_LIMIT = 1 << 20;
    private static final int CHANGE_LIMIT = 64 << 10;

    private final ProtectionService protection;

    ForceController(ProtectionService protection) {
        this.protection = protection;
    }

    /** Imports a force file (the body, as it is) as the situation's next version. */
    @Requires(Permission.FORCE_EDIT)
    @PostMapping
    ResponseEntity<Object> importForce(@PathVariable String id, @RequestParam(required = false) String reason,
                                       @RequestParam(required = false) String actor, HttpServletRequest request,
                                       Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), FORCE_FILE_LIMIT);
        String who = Acting.person(principal, actor == null || actor.isBlank() ? null : actor);
        String why = reason == null || reason.isBlank() ? "force file imported" : reason;
        return respond(protection.importForce(id, body, who, why), id, "Invalid force file",
                v -> ResponseEntity.created(URI.create("/api/situations/" + id + "/force?version=" + v.version())).body(info(v)));
    }

    @Requires(Permission.FORCE_READ)
    @GetMapping
    ResponseEntity<Object> force(@PathVariable String id, @RequestParam(required = false) Integer version) {
        OptionalInt v = version == null ? OptionalInt.empty() : OptionalInt.of(version);
        return respond(protection.force(id, v), id, "Invalid request", f -> {
            Map<String, Object> m = info(f.info());
            m.put("force", JsonBody.STRICT.readTree(f.document()));
            return ResponseEntity.ok(m);
        });
    }

    @Requires(Permission.FORCE_READ)
    @GetMapping("/versions")
    ResponseEntity<Object> versions(@PathVariable String id) {
        return respond(protection.versions(id), id, "Invalid request",
                list -> ResponseEntity.ok(list.stream().map(ForceController::info).toList()));
    }

    /** Edits by a commander or desk officer: a new version with who, when and why. */
    @Requires(Permission.FORCE_EDIT)
    @PostMapping("/edits")
    ResponseEntity<Object> edit(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), EDIT_LIMIT);
        String who = Acting.person(principal, body);
        return respond(protection.edit(id, body, who), id, "Invalid edit",
                v -> ResponseEntity.created(URI.create("/api/situations/" + id + "/force?version=" + v.version())).body(info(v)));
    }

    /** "Strength of X on D": value, range, confidence and the figures behind them. */
    @Requires(Permission.FORCE_READ)
    @GetMapping("/contingents/{contingent}/strength")
    ResponseEntity<Object> strength(@PathVariable String id, @PathVariable String contingent, @RequestParam(required = false) String on) {
        return respond(protection.strength(id, contingent, day(on)), id, "Invalid request", r -> ResponseEntity.ok(reading("contingent", contingent, r)));
    }

    @Requires(Permission.FORCE_READ)
    @GetMapping("/sites/{site}/people")
    ResponseEntity<Object> people(@PathVariable String id, @PathVariable String site, @RequestParam(required = false) String on) {
        return respond(protection.people(id, site, day(on)), id, "Invalid request", r -> ResponseEntity.ok(reading("site", site, r)));
    }

    /** What a proposed change would do, before anyone decides. Nothing is recorded but the asking. */
    @Requires(Permission.FORCE_READ)
    @PostMapping("/impact")
    ResponseEntity<Object> impact(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), CHANGE_LIMIT);
        String who = Acting.person(principal, body);
        return respond(protection.assess(id, body, who), id, "Invalid change", a -> ResponseEntity.ok(ImpactJson.of(a)));
    }

    /** Puts a change that reduces protection on record, with its impact attached. */
    @Requires(Permission.FORCE_CHANGE)
    @PostMapping("/changes")
    ResponseEntity<Object> record(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), CHANGE_LIMIT);
        String who = Acting.person(principal, body);
        return respond(protection.record(id, body, who), id, "Invalid change", r -> {
            Map<String, Object> m = change(r.change());
            m.put("alerted", r.alerted().wire());
            return ResponseEntity.created(URI.create("/api/situations/" + id + "/force/changes/" + r.change().id())).body(m);
        });
    }

    @Requires(Permission.FORCE_READ)
    @GetMapping("/changes")
    ResponseEntity<Object> changes(@PathVariable String id) {
        return respond(protection.changes(id), id, "Invalid request",
                list -> ResponseEntity.ok(list.stream().map(ForceController::change).toList()));
    }

    @Requires(Permission.FORCE_READ)
    @GetMapping("/changes/{change}")
    ResponseEntity<Object> change(@PathVariable String id, @PathVariable long change) {
        return respond(protection.change(id, change), id, "Invalid request", c -> ResponseEntity.ok(change(c)));
    }

    // ---- rendering -----------------------------------------------------------------------------

    private static <T> ResponseEntity<Object> respond(ProtectionOutcome<T> outcome, String situation, String invalidTitle,
                                                      Function<T, ResponseEntity<Object>> done) {
        return switch (outcome) {
            case ProtectionOutcome.Done<T> d -> done.apply(d.value());
            case ProtectionOutcome.Invalid<T> i -> ApiProblem.response(ApiProblem.invalid(invalidTitle, i.errors()));
            case ProtectionOutcome.UnknownSituation<T> _ -> throw SituationController.notFound(situation);
            case ProtectionOutcome.NoForce<T> _ -> ApiProblem.response(ApiProblem.field(HttpStatus.NOT_FOUND, "no-force", "No force on record",
                    "situation", "has no force on record yet: POST its force file to /api/situations/" + situation + "/force"));
            case ProtectionOutcome.NotFound<T> n -> ApiProblem.response(ApiProblem.field(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    n.field(), n.reason()));
            case ProtectionOutcome.Conflict<T> c -> ApiProblem.response(ApiProblem.field(HttpStatus.CONFLICT, "force-changed",
                    "The force changed meanwhile", "base_version", "is not the latest version (" + c.latestVersion()
                            + "): read it and edit that"));
        };
    }

    private static Map<String, Object> info(VersionInfo v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("situation", v.situation());
        m.put("version", v.version());
        m.put("origin", v.origin().wire());
        m.put("reason", v.reason());
        m.put("created_by", v.createdBy());
        m.put("created_at", v.createdAt().toString());
        m.put("digest", v.digest());
        return m;
    }

    private static Map<String, Object> reading(String field, String id, Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(field, id);
        m.putAll(ImpactJson.reading(r));
        return m;
    }

    private static Map<String, Object> change(RecordedChange r) {
        var c = r.change();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("situation", c.situation());
        m.put("change", ImpactJson.change(c.change()));
        m.put("form", c.form().wire());
        m.put("effective_on", c.effectiveOn().toString());
        m.put("force_version", c.forceVersion());
        m.put("proposed_by", c.proposedBy());
        m.put("occurred_at", c.occurredAt().toString());
        m.put("recorded_at", c.recordedAt().toString());
        m.put("rationale", c.rationale());
        m.put("impact", r.impact());
        return m;
    }

    private static Optional<LocalDate> day(String on) {
        if (on == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(on));
        } catch (DateTimeParseException e) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", "on",
                    "must be a date written YYYY-MM-DD"));
        }
    }
}
