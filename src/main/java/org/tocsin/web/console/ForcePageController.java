package org.tocsin.web.console;

import org.tocsin.web.security.Requires;
import org.tocsin.access.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tocsin.common.FieldError;
import org.tocsin.protection.ChangeForm;
import org.tocsin.protection.ForceBasis;
import org.tocsin.protection.ForceModel;
import org.tocsin.protection.ForceReplay;
import org.tocsin.protection.ImpactAssessor;
import org.tocsin.protection.ProtectionOutcome;
import org.tocsin.protection.ProtectionService;
import org.tocsin.protection.RecordedChange;
import org.tocsin.situation.Situation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A situation's protection capacity (M8) in the console: the force on a chosen day (contingents with
 * their strength that day and over time, protected sites on the map with the people sheltering there and
 * their guards, the dependencies), the changes that reduce protection — on record with the impact the
 * deciders saw, and those the force file records, each assessed on its day — and a what-if: the impact
 * of a withdrawal, a site left or a cut, worked out before anyone decides. Every number carries its range
 * and confidence. Everything is a GET (the what-if records nothing but the asking, as the API's does).
 */
@Controller
class ForcePageController {

    private final ProtectionService protection;
    private final ImpactAssessor assessor;
    private final RiskViews risks;
    private final WorldOutlines outlines;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ForcePageController(ProtectionService protection, ImpactAssessor assessor, RiskViews risks, WorldOutlines outlines, Clock clock) {
        this.protection = protection;
        this.assessor = assessor;
        this.risks = risks;
        this.outlines = outlines;
        this.clock = clock;
    }

    /** A change on record: what, in which form, by whom, why, and the impact attached when it was recorded. */
    record Recorded(RecordedChange change, ImpactView impact) {
        public boolean pending() { return change.change().form() == ChangeForm.PROPOSED; }
    }

    /** A change the force file records, assessed on the day it happened from what was known that day. */
    record Historical(ForceReplay.HistoricalChange change, ImpactView impact) {}

    /** The what-if form as sent, for redisplay. */
    record WhatIf(String kind, String contingent, String site, String target, List<FieldError> errors) {
        public boolean has(String field) { return errors.stream().anyMatch(e -> e.field().equals(field)); }

        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::reason).findFirst().orElse(null);
        }
    }

    @Requires(value = Permission.FORCE_READ, from = Requires.From.PATH, name = "situation")
    @GetMapping("/situations/{situation}/force")
    String force(@PathVariable String situation, @RequestParam(required = false) String on,
                 @RequestParam(required = false) String kind, @RequestParam(required = false) String contingent,
                 @RequestParam(required = false) String site, @RequestParam(required = false) String target,
                 Principal principal, Model model) {
        Situation s = risks.situation(situation).orElseThrow(() -> new NotFound("error.situation"));
        LocalDate day = on == null || on.isBlank() ? defaultDay(s) : parse(on);
        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("situation", s);
        model.addAttribute("on", day);

        ProtectionService.Force force = switch (protection.force(s.id(), java.util.OptionalInt.empty())) {
            case ProtectionOutcome.Done<ProtectionService.Force> d -> d.value();
            case ProtectionOutcome.UnknownSituation<ProtectionService.Force> _ -> throw new NotFound("error.situation");
            default -> null;
        };
        if (force == null) {
            model.addAttribute("force", null);
            return "console/force";
        }
        ForceModel m = force.model();
        ForceView view = ForceView.of(m, day, assessor.assumptions().minimumDetachment());

        List<Recorded> recorded = switch (protection.changes(s.id())) {
            case ProtectionOutcome.Done<List<RecordedChange>> d -> d.value().stream().map(c -> new Recorded(c, ImpactView.of(c.impact()))).toList();
            default -> List.of();
        };
        ForceReplay replay = new ForceReplay(m, ForceBasis.version(s.id(), force.info().version(), m.title()), assessor.assumptions());
        List<Historical> historical = replay.changes().stream().map(c -> new Historical(c, ImpactView.of(replay.assess(c)))).toList();

        // the days worth looking at: each change's, on record or in the file
        TreeSet<LocalDate> days = new TreeSet<>();
        recorded.forEach(r -> days.add(r.change().change().effectiveOn()));
        historical.forEach(h -> days.add(h.change().on()));

        model.addAttribute("force", force);
        model.addAttribute("view", view);
        model.addAttribute("map", SiteMap.of(outlines, s.country(), view.sites().stream().map(x -> new SiteMap.Located(x.id(), x.name(),
                x.lat(), x.lon(), x.guard(), x.people().established() ? x.people().range().value() : null, x.guardedBy())).toList()));
        model.addAttribute("recorded", recorded);
        model.addAttribute("pending", recorded.stream().filter(Recorded::pending).count());
        model.addAttribute("historical", historical);
        model.addAttribute("days", List.copyOf(days));
        model.addAttribute("assumptions", assessor.assumptions());
        model.addAttribute("assumptionStatements", assessor.assumptions().statements());
        model.addAttribute("units", m.units().stream().map(c -> c.id()).toList());
        model.addAttribute("siteIds", m.sites().stream().map(x -> x.id()).toList());

        if (kind != null && !kind.isBlank()) {
            WhatIf form = new WhatIf(kind, contingent, site, target, new ArrayList<>());
            ObjectNode body = json.createObjectNode().put("kind", kind).put("on", day.toString()).put("form", "proposed");
            switch (kind) {
                case "withdrawal" -> { if (contingent != null && !contingent.isBlank()) body.put("contingent", contingent); }
                case "site_left" -> { if (site != null && !site.isBlank()) body.put("site", site); }
                case "force_cut" -> {
                    if (target != null && !target.isBlank()) {
                        try {
                            body.put("target_strength", Long.parseLong(target.strip().replace(" ", "").replace("\u00a0", "")
                                    .replace("\u202f", "").replace(",", "")));
                        } catch (NumberFormatException e) {
                            form.errors().add(new FieldError("target_strength", "must be a whole number from 0 to 100000000"));
                        }
                    }
                }
                default -> { }
            }
            if (form.errors().isEmpty()) {
                switch (protection.assess(s.id(), body, principal == null ? "anonymous" : principal.getName())) {
                    case ProtectionOutcome.Done<org.tocsin.protection.ImpactAssessment> d -> model.addAttribute("whatIfImpact", ImpactView.of(d.value()));
                    case ProtectionOutcome.Invalid<org.tocsin.protection.ImpactAssessment> i -> form.errors().addAll(i.errors());
                    default -> { }
                }
            }
            model.addAttribute("whatIf", form);
        }
        return "console/force";
    }

    /** Today, or the end of the watch when it has ended (a historical case is read as it stood then). */
    private LocalDate defaultDay(Situation s) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return s.watchTo() != null && s.watchTo().isBefore(today) ? s.watchTo() : today;
    }

    private static LocalDate parse(String on) {
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "on must be a date written YYYY-MM-DD");
        }
    }
}
