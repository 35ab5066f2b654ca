package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.fusion.FusionService;
import org.tocsin.fusion.RiskAssessment;
import org.tocsin.fusion.RiskTimeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A situation's fused risk: now or at a given day, and its history, always with the explanation. */
@RestController
class RiskController {

    private final FusionService fusion;
    private final org.tocsin.intake.SignalStore signals;
    private final org.tocsin.web.security.Guard guard;
    private final tools.jackson.databind.ObjectMapper json;

    RiskController(FusionService fusion, org.tocsin.intake.SignalStore signals, org.tocsin.web.security.Guard guard,
                   tools.jackson.databind.ObjectMapper json) {
        this.fusion = fusion;
        this.signals = signals;
        this.guard = guard;
        this.json = json;
    }

    @Requires(Permission.SITUATION_READ)
    @GetMapping("/api/situations/{id}/risk")
    @Transactional(readOnly = true)
    Map<String, Object> risk(@PathVariable String id, @RequestParam(required = false) String at,
                             jakarta.servlet.http.HttpServletRequest request) {
        RiskAssessment a = (at == null ? fusion.current(id) : fusion.at(id, day(at)))
                .orElseThrow(() -> SituationController.notFound(id));
        Map<String, Object> m = json(a);
        WithheldEvidence filter = new WithheldEvidence(signals, guard.viewer(request));
        m.put("explanation", filter.filter(json, a.explanation()));
        m.put("withheld", filter.withheld());
        // the text names every driver: a reader from whom some are withheld gets the reason alone
        if (filter.withheld() > 0) m.put("text", a.level().name() + ": " + a.explanation().levelReason());
        return m;
    }

    @Requires(Permission.SITUATION_READ)
    @GetMapping("/api/situations/{id}/risk/history")
    @Transactional(readOnly = true)
    Map<String, Object> history(@PathVariable String id, jakarta.servlet.http.HttpServletRequest request) {
        RiskTimeline t = fusion.history(id).orElseThrow(() -> SituationController.notFound(id));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("situation", id);
        WithheldEvidence filter = new WithheldEvidence(signals, guard.viewer(request));
        m.put("changes", filter.filter(json, t.changes()));
        m.put("withheld", filter.withheld());
        m.put("points", t.points());
        return m;
    }

    static Map<String, Object> json(RiskAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("situation", a.situation());
        m.put("at", a.at().toString());
        m.put("level", a.level().name());
        m.put("score", a.score());
        m.put("explanation", a.explanation());
        m.put("text", a.toText());
        return m;
    }

    /** A day (YYYY-MM-DD) or an instant (ISO 8601), read as the UTC day. */
    private static LocalDate day(String at) {
        try {
            return at.length() == 10 ? LocalDate.parse(at) : OffsetDateTime.parse(at).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", "at",
                    "must be a date (YYYY-MM-DD) or an instant (e.g. 1994-01-11T12:00:00Z)"));
        }
    }
}
