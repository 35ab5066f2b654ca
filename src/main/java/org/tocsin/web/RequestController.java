package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Guard;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.escalation.RequestInput;
import org.tocsin.escalation.RequestService;
import org.tocsin.escalation.SituationDetails;
import org.tocsin.situation.SituationStore;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The register of requests for action; a situation's mandate. */
@RestController
class RequestController {

    private static final int MAX = 1 << 20;

    private final RequestService requests;
    private final SituationStore situations;
    private final Clock clock;

    private final Guard guard;

    RequestController(RequestService requests, SituationStore situations, Clock clock, Guard guard) {
        this.guard = guard;
        this.requests = requests;
        this.situations = situations;
        this.clock = clock;
    }

    @Requires(value = Permission.REQUEST_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/api/requests")
    List<Map<String, Object>> list(@RequestParam String situation) {
        if (!situations.exists(situation)) throw SituationController.notFound(situation);
        var now = clock.instant();
        return requests.list(situation).stream().map(r -> EscalationJson.request(r, now)).toList();
    }

    @Requires(value = Permission.REQUEST_READ, from = Requires.From.REQUEST, name = "id")
    @GetMapping("/api/requests/{id}")
    Map<String, Object> get(@PathVariable long id) {
        var r = requests.find(id).orElseThrow(() -> EscalationJson.notFound("id", "names no known request"));
        Map<String, Object> m = EscalationJson.request(r, clock.instant());
        m.put("history", requests.history(id).stream().map(EscalationJson::event).toList());
        return m;
    }

    @Requires(value = Permission.REQUEST_CREATE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/requests")
    ResponseEntity<Object> register(HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(RequestInput.request(body), "Invalid request");
        guard.require(request, Permission.REQUEST_CREATE, in.situation());
        var now = clock.instant();
        return EscalationJson.created(requests.register(in, actor, now), r -> "/api/requests/" + r.id(), r -> EscalationJson.request(r, now));
    }

    @Requires(value = Permission.REQUEST_DECIDE, from = Requires.From.REQUEST, name = "id")
    @PostMapping("/api/requests/{id}/decisions")
    ResponseEntity<Object> decide(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(RequestInput.decision(body), "Invalid decision");
        var now = clock.instant();
        return EscalationJson.ok(requests.decide(id, in, actor, now), d -> {
            Map<String, Object> m = EscalationJson.request(d.request(), now);
            m.put("mandate_gap_alert", d.mandateGap().map(a -> (Object) a.id()).orElse(null));
            return m;
        });
    }

    /** The mandate in force on a day (today when not given). */
    @Requires(Permission.REQUEST_READ)
    @GetMapping("/api/situations/{id}/mandate")
    Map<String, Object> mandate(@PathVariable String id, @RequestParam(required = false) String on) {
        var situation = situations.find(id).orElseThrow(() -> SituationController.notFound(id));
        LocalDate day;
        try {
            day = on == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw SignalController.badParam("on", "must be a date written YYYY-MM-DD");
        }
        var details = SituationDetails.of(situation);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("situation", id);
        m.put("on", day.toString());
        m.put("mandate", details.mandates().inForceOn(day).map(EscalationJson::mandate).orElse(null));
        m.put("history", details.mandates().versions().stream().map(EscalationJson::mandate).toList());
        return m;
    }
}
