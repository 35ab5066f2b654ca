package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Guard;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.escalation.AlertInput;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.PolicyJson;
import org.tocsin.escalation.PolicyService;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Alerts and their lifecycle; a situation's escalation policy. */
@RestController
class AlertController {

    private static final int MAX = 1 << 20;

    private final AlertService alerts;
    private final PolicyService policies;
    private final Clock clock;
    private final Guard guard;

    private final org.tocsin.audit.JournalReads reads;

    AlertController(AlertService alerts, PolicyService policies, Clock clock, Guard guard,
                    org.springframework.beans.factory.ObjectProvider<org.tocsin.audit.JournalReads> reads) {
        this.reads = reads.getIfAvailable();
        this.guard = guard;
        this.alerts = alerts;
        this.policies = policies;
        this.clock = clock;
    }

    @Requires(value = Permission.ALERT_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/api/alerts")
    List<Map<String, Object>> list(@RequestParam(required = false) String situation, @RequestParam(defaultValue = "false") boolean open,
                                   HttpServletRequest request) {
        return alerts.list(situation, open, guard.viewer(request)).stream().map(a -> EscalationJson.alert(a, alerts.levelName(a.situation(), a))).toList();
    }

    @Requires(value = Permission.ALERT_READ, from = Requires.From.ALERT, name = "id")
    @GetMapping("/api/alerts/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request, Principal principal) {
        var found = alerts.view(id).filter(v -> alerts.readableBy(v.alert(), guard.viewer(request)));
        // who opened which alert, for the who-knew report (batched: reading never waits on the journal)
        // a recipient's first opening is their read receipt: answer with it recorded
        if (found.isPresent() && alerts.opened(id, principal.getName(), clock.instant())) found = alerts.view(id);
        found.ifPresent(v -> { if (reads != null) reads.record(new org.tocsin.audit.JournalEvent("alert.viewed", clock.instant(),
                principal.getName(), v.alert().situation(), v.alert().subject(), Map.of("via", "api", "level", v.alert().level()))); });
        return found.map(EscalationJson::alertView).orElseThrow(() -> EscalationJson.notFound("id", "names no known alert"));
    }

    @Requires(value = Permission.ALERT_RAISE, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/alerts")
    ResponseEntity<Object> raise(HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(AlertInput.newAlert(body), "Invalid alert");
        guard.require(request, Permission.ALERT_RAISE, in.situation());
        return EscalationJson.created(alerts.raise(in, actor, clock.instant()), a -> "/api/alerts/" + a.id(), this::json);
    }

    @Requires(value = Permission.ALERT_HANDLE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/api/alerts/{id}/acknowledge")
    ResponseEntity<Object> acknowledge(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.ok(alerts.acknowledge(id, Acting.person(principal, body), clock.instant()), this::json);
    }

    @Requires(value = Permission.ALERT_DECIDE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/api/alerts/{id}/decisions")
    ResponseEntity<Object> decide(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(AlertInput.decision(body), "Invalid decision");
        return EscalationJson.ok(alerts.decide(id, in, actor, clock.instant()), this::json);
    }

    @Requires(value = Permission.ALERT_APPEAL, from = Requires.From.ALERT, name = "id")
    @PostMapping("/api/alerts/{id}/appeal")
    ResponseEntity<Object> appeal(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        String position = EscalationJson.parsed(AlertInput.text(body, "position"), "Invalid appeal");
        return EscalationJson.ok(alerts.appeal(id, actor, position, clock.instant()), this::json);
    }

    @Requires(value = Permission.ALERT_HANDLE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/api/alerts/{id}/escalate")
    ResponseEntity<Object> escalate(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        String reason = EscalationJson.parsed(AlertInput.optionalText(body, "reason"), "Invalid escalation");
        return EscalationJson.ok(alerts.escalate(id, actor, reason, clock.instant()), this::json);
    }

    @Requires(value = Permission.ASSESSMENT_ADD, from = Requires.From.ALERT, name = "id")
    @PostMapping("/api/alerts/{id}/assessments")
    ResponseEntity<Object> assess(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var in = EscalationJson.parsed(AlertInput.assessment(body), "Invalid assessment");
        return EscalationJson.ok(alerts.attachAssessment(id, in, actor, clock.instant()), this::json);
    }

    @Requires(value = Permission.ALERT_RAISE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/api/alerts/{id}/label")
    ResponseEntity<Object> relabel(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        var label = EscalationJson.parsed(AlertInput.label(body), "Invalid label");
        return EscalationJson.ok(alerts.relabel(id, label, actor, clock.instant()), this::json);
    }

    @Requires(Permission.POLICY_READ)
    @GetMapping("/api/situations/{id}/escalation-policy")
    ResponseEntity<Object> policy(@PathVariable String id) {
        return EscalationJson.ok(policies.get(id, clock.instant()), PolicyJson::toMap);
    }

    @Requires(Permission.POLICY_EDIT)
    @PutMapping("/api/situations/{id}/escalation-policy")
    ResponseEntity<Object> setPolicy(@PathVariable String id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String actor = Acting.person(principal, body);
        return EscalationJson.ok(policies.set(id, body, actor, clock.instant()), PolicyJson::toMap);
    }

    private Object json(org.tocsin.escalation.Alert a) {
        return EscalationJson.alert(a, alerts.levelName(a.situation(), a));
    }
}
