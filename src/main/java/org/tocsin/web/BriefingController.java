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
import org.tocsin.escalation.BriefingService;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Briefings to every member of a body, with per-member receipts. */
@RestController
class BriefingController {

    private static final int MAX = 1 << 20;

    private final BriefingService briefings;
    private final Clock clock;
    private final Guard guard;

    private final org.tocsin.escalation.AlertService alerts;

    BriefingController(BriefingService briefings, Clock clock, Guard guard, org.tocsin.escalation.AlertService alerts) {
        this.alerts = alerts;
        this.guard = guard;
        this.briefings = briefings;
        this.clock = clock;
    }

    @Requires(value = Permission.BRIEFING_SEND, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/briefings")
    ResponseEntity<Object> send(HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(BriefingService.parse(body), "Invalid briefing");
        guard.require(request, Permission.BRIEFING_SEND, in.situation());
        return EscalationJson.created(briefings.send(in, actor, clock.instant(), a -> alerts.readableBy(a, guard.viewer(request))), s -> "/api/briefings/" + s.briefing().id(), s -> {
            Map<String, Object> m = EscalationJson.briefing(s.briefing());
            m.put("receipts", EscalationJson.deliveries(s.receipts()));
            return m;
        });
    }

    @Requires(value = Permission.BRIEFING_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/api/briefings")
    List<Map<String, Object>> list(@RequestParam String situation, HttpServletRequest request) {
        var viewer = guard.viewer(request);
        return briefings.list(situation).stream().filter(b -> BriefingService.readableBy(b, viewer)).map(EscalationJson::briefing).toList();
    }


    @Requires(value = Permission.BRIEFING_READ, from = Requires.From.BRIEFING, name = "id")
    @GetMapping("/api/briefings/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        return briefings.find(id).filter(b -> BriefingService.readableBy(b, guard.viewer(request))).map(EscalationJson::briefing).orElseThrow(() -> EscalationJson.notFound("id", "names no known briefing"));
    }

    @Requires(value = Permission.BRIEFING_RECEIVE, from = Requires.From.BRIEFING, name = "id")
    @PostMapping("/api/briefings/{id}/open")
    ResponseEntity<Object> open(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.ok(briefings.open(id, Acting.person(principal, body), clock.instant()), EscalationJson::delivery);
    }

    @Requires(value = Permission.BRIEFING_RECEIVE, from = Requires.From.BRIEFING, name = "id")
    @PostMapping("/api/briefings/{id}/acknowledge")
    ResponseEntity<Object> acknowledge(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.ok(briefings.acknowledge(id, Acting.person(principal, body), clock.instant()), EscalationJson::delivery);
    }

    /** Widens the briefing's label (sender only; never narrower). Body: {@code {"actor": …, "label": "GREEN"}}. */
    @Requires(value = Permission.BRIEFING_SEND, from = Requires.From.BRIEFING, name = "id")
    @PostMapping("/api/briefings/{id}/label")
    ResponseEntity<Object> relabel(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        var label = EscalationJson.parsed(org.tocsin.escalation.AlertInput.label(body), "Invalid label");
        return EscalationJson.ok(briefings.relabel(id, label, Acting.person(principal, body), clock.instant()), EscalationJson::briefing);
    }

    /** Every member's receipt; for the sender only. */
    @Requires(value = Permission.BRIEFING_READ, from = Requires.From.BRIEFING, name = "id")
    @GetMapping("/api/briefings/{id}/receipts")
    ResponseEntity<Object> receipts(@PathVariable long id, @RequestParam(required = false) String actor, Principal principal) {
        return EscalationJson.ok(briefings.receipts(id, Acting.person(principal, actor)), s -> {
            Map<String, Object> m = EscalationJson.briefing(s.briefing());
            m.put("receipts", EscalationJson.deliveries(s.receipts()));
            return m;
        });
    }
}
