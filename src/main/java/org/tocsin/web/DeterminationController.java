package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.common.Parsed;
import org.tocsin.decision.DecisionOutcome;
import org.tocsin.decision.DeterminationDraft;
import org.tocsin.decision.DeterminationInput;
import org.tocsin.decision.DeterminationService;
import org.tocsin.decision.HedgeLint;
import org.tocsin.decision.ObligationItem;
import org.tocsin.decision.ObligationProgress;
import org.tocsin.intake.SignalStore;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Structured determinations (M7): the element tables, a situation's determinations with the element
 * grid and the evidence behind each cell, the determinations that are due, and the obligations that
 * follow. Thin: parsing and rules are in {@code org.tocsin.decision}.
 */
@RestController
class DeterminationController {

    private static final int MAX = 1 << 20;

    private final DeterminationService determinations;
    private final SignalStore signals;
    private final Clock clock;
    private final org.tocsin.web.security.Guard guard;

    DeterminationController(DeterminationService determinations, SignalStore signals, Clock clock, org.tocsin.web.security.Guard guard) {
        this.determinations = determinations;
        this.signals = signals;
        this.clock = clock;
        this.guard = guard;
    }

    /** The signals the evidence cites, as this reader may read them: one withheld by its label answers as unknown. */
    private Function<org.tocsin.intake.SignalKey, java.util.Optional<org.tocsin.intake.Signal>> readable(HttpServletRequest request) {
        org.tocsin.access.Viewer viewer = guard.viewer(request);
        return key -> signals.find(key).filter(x -> x.readableBy(viewer));
    }

    @SignedIn
    @GetMapping("/api/determination-types")
    Map<String, Object> types() {
        return DeterminationJson.catalogue(determinations.catalogue());
    }

    @Requires(Permission.DETERMINATION_READ)
    @GetMapping("/api/situations/{id}/determinations")
    List<Map<String, Object>> list(@PathVariable String id) {
        known(id);
        return determinations.determinations(id).stream().map(d -> DeterminationJson.summary(d, determinations)).toList();
    }

    @Requires(Permission.DETERMINATION_READ)
    @GetMapping("/api/situations/{id}/determinations/{did}")
    Map<String, Object> get(@PathVariable String id, @PathVariable long did, HttpServletRequest request) {
        known(id);
        return determinations.determination(id, did).map(d -> DeterminationJson.grid(d, determinations, readable(request)))
                .orElseThrow(() -> notFound("determination", "names no determination of this situation"));
    }

    @Requires(Permission.DETERMINATION_RECORD)
    @PostMapping("/api/situations/{id}/determinations")
    ResponseEntity<Object> record(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        known(id);
        JsonNode body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String author = author(principal, body);
        Instant now = clock.instant();
        DeterminationDraft draft = switch (DeterminationInput.parse(body, id, author, now, determinations.catalogue())) {
            case Parsed.Ok<DeterminationDraft> ok -> ok.value();
            case Parsed.Refused<DeterminationDraft> r -> throw ApiProblem.raise(ApiProblem.invalid("Invalid determination", r.errors()));
        };
        return respond(determinations.record(id, draft, author), recorded -> {
            var d = recorded.determination();
            Map<String, Object> m = DeterminationJson.grid(d, determinations, readable(request));
            m.put("closed_due", recorded.closedDue().stream().map(x -> x.id()).toList());
            m.put("obligations_opened", recorded.obligations().stream()
                    .map(o -> DeterminationJson.obligation(o, clock.instant())).toList());
            m.put("fallback_due", recorded.fallback().map(f -> (Object) DeterminationJson.due(f, determinations.catalogue(), clock.instant()))
                    .orElse(null));
            m.put("note_warnings", HedgeLint.warnings(d.note()));
            return ResponseEntity.created(URI.create("/api/situations/" + id + "/determinations/" + d.id())).body(m);
        });
    }

    @Requires(Permission.DETERMINATION_READ)
    @GetMapping("/api/situations/{id}/determinations/due")
    List<Map<String, Object>> due(@PathVariable String id) {
        known(id);
        Instant now = clock.instant();
        return determinations.dueItems(id).stream().map(d -> DeterminationJson.due(d, determinations.catalogue(), now)).toList();
    }

    @Requires(Permission.DETERMINATION_READ)
    @GetMapping("/api/situations/{id}/obligations")
    List<Map<String, Object>> obligations(@PathVariable String id) {
        known(id);
        Instant now = clock.instant();
        return determinations.obligations(id).stream().map(o -> DeterminationJson.obligation(o, now)).toList();
    }

    @Requires(Permission.OBLIGATION_UPDATE)
    @PostMapping("/api/situations/{id}/obligations/{oid}/progress")
    ResponseEntity<Object> progress(@PathVariable String id, @PathVariable long oid, HttpServletRequest request, Principal principal)
            throws IOException {
        known(id);
        JsonNode body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String author = author(principal, body);
        ObligationProgress step = switch (ObligationProgress.parse(body, clock.instant())) {
            case Parsed.Ok<ObligationProgress> ok -> ok.value();
            case Parsed.Refused<ObligationProgress> r -> throw ApiProblem.raise(ApiProblem.invalid("Invalid step on an obligation", r.errors()));
        };
        DecisionOutcome<ObligationItem> outcome = determinations.progress(id, oid, step, author);
        return respond(outcome, o -> ResponseEntity.ok(DeterminationJson.obligation(o, clock.instant())));
    }

    /** The signed-in person; a body {@code author} may only repeat it. */
    private static String author(Principal principal, JsonNode body) {
        JsonNode a = body == null ? null : body.get("author");
        return Acting.person(principal, a != null && a.isString() ? a.asString() : null, "author");
    }

    private void known(String situation) {
        if (!determinations.situationExists(situation)) throw SituationController.notFound(situation);
    }

    private static ApiProblem notFound(String field, String reason) {
        return ApiProblem.raise(ApiProblem.field(HttpStatus.NOT_FOUND, "not-found", "Not found", field, reason));
    }

    /** The one mapping of outcomes to responses: refused 422, unknown 404, clash with the current state 409. */
    private static <T> ResponseEntity<Object> respond(DecisionOutcome<T> outcome, Function<T, ResponseEntity<Object>> done) {
        return switch (outcome) {
            case DecisionOutcome.Done<T> d -> done.apply(d.value());
            case DecisionOutcome.Refused<T> r -> ApiProblem.response(ApiProblem.invalid("Refused", r.errors()));
            case DecisionOutcome.NotFound<T> n -> ApiProblem.response(ApiProblem.field(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    n.error().field(), n.error().reason()));
            case DecisionOutcome.Conflict<T> c -> ApiProblem.response(ApiProblem.field(HttpStatus.CONFLICT, "conflict", "Not possible now",
                    c.error().field(), c.error().reason()));
        };
    }
}
