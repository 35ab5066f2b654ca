package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.escalation.AlertInput;
import org.tocsin.escalation.DisclosureService;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Deliveries held for a disclosure conflict, and their override. */
@RestController
class DeliveryController {

    private final DisclosureService disclosures;
    private final Clock clock;

    DeliveryController(DisclosureService disclosures, Clock clock) {
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Requires(value = Permission.DELIVERY_OVERRIDE, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/api/deliveries/held")
    List<Map<String, Object>> held(@RequestParam(required = false) String situation) {
        return EscalationJson.deliveries(disclosures.held(situation));
    }

    @Requires(value = Permission.DELIVERY_OVERRIDE, from = Requires.From.DELIVERY, name = "id")
    @PostMapping("/api/deliveries/{id}/override")
    ResponseEntity<Object> override(@PathVariable long id, HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), 1 << 20);
        String actor = Acting.person(principal, body);
        String rationale = EscalationJson.parsed(AlertInput.text(body, "rationale"), "Invalid override");
        return EscalationJson.ok(disclosures.override(id, actor, rationale, clock.instant()), EscalationJson::delivery);
    }
}
