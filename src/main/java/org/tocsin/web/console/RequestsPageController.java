package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.DirectoryView;
import org.tocsin.access.Grant;
import org.tocsin.access.Outcome;
import org.tocsin.access.Permission;
import org.tocsin.access.Viewer;
import org.tocsin.escalation.ActionRequest;
import org.tocsin.escalation.EscalationEvent;
import org.tocsin.escalation.Mandate;
import org.tocsin.escalation.MandateGapPolicy;
import org.tocsin.escalation.RequestDecision;
import org.tocsin.escalation.RequestInput;
import org.tocsin.escalation.RequestService;
import org.tocsin.escalation.SituationDetails;
import org.tocsin.intake.SignalKey;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.Viewers;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for action and the mandate (M3): the register of every request in the situations where the
 * reader may read them, with how long each has waited and whether it is past the date it was wanted
 * by; one request with its decisions, its history and the decision form; and the mandate gaps — the
 * requests refused (or left pending) as outside the mandate, each with its ground and the body that
 * can change the mandate, which the domain informs ({@link MandateGapPolicy}). In January 1994 the
 * raid on the arms caches was refused as "beyond the mandate" and nobody took it further: here such a
 * refusal is on the first screen, with who it went to.
 */
@Controller
class RequestsPageController {

    /** A request in the register. */
    record Row(ActionRequest request, Situation situation, String waiting, boolean pending, boolean overdue, Gap gap) {}

    /**
     * A request whose latest decision gives "outside the mandate" as its ground: refused (the domain
     * referred it to the mandating body) or still pending on that ground (deferred, partly granted).
     *
     * @param body     the mandating body in force on the day of the decision, or null when the file names none
     * @param bodyName its name, as the situation file gives it
     */
    record Gap(RequestDecision decision, boolean refused, String body, String bodyName) {}

    /** A decision on the request page: its text withheld when its label is narrower than the reader may read. */
    record DecisionView(RequestDecision decision, boolean readable, Referral referral) {}

    /**
     * Where a refusal on mandate grounds went: the body and how many of its members, with the alert the
     * domain opened; or, when it went nowhere, why ({@code notReferred}: the domain's own reason).
     */
    record Referral(String body, String bodyName, int recipients, Long alert, String notReferred) {}

    /** The mandate of a situation: the one in force on the day shown and every version with its date. */
    record MandateView(Situation situation, LocalDate on, Mandate inForce, List<Mandate> versions, String bodyName) {}

    /** The decision form as sent, to show again with its errors. */
    record DecisionForm(String outcome, String groundKind, String ground, String rationale, String newDeadline) {
        static DecisionForm blank() { return new DecisionForm(null, null, "", "", ""); }
    }

    static final List<String> OUTCOMES = List.of("approved", "refused", "deferred", "partial");
    static final String OUTSIDE = RequestDecision.OUTSIDE_MANDATE;
    static final String OTHER = "other";

    private final RequestService requests;
    private final SituationStore situations;
    private final DirectoryView directory;
    private final Viewers viewers;
    private final WaitingTime durations;
    private final Clock clock;

    RequestsPageController(RequestService requests, SituationStore situations, DirectoryView directory, Viewers viewers,
                           WaitingTime durations, Clock clock) {
        this.requests = requests;
        this.situations = situations;
        this.directory = directory;
        this.viewers = viewers;
        this.durations = durations;
        this.clock = clock;
    }

    @Requires(value = Permission.REQUEST_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/requests")
    String register(@RequestParam(required = false) String situation, HttpServletRequest request, Model model) {
        Viewer viewer = viewers.of(request);
        List<Situation> readable = readable(viewer);
        List<Situation> shown = readable;
        Situation chosen = null;
        if (situation != null && !situation.isBlank()) {
            chosen = readable.stream().filter(s -> s.id().equals(situation)).findFirst().orElseThrow(() -> new NotFound("error.situation"));
            shown = List.of(chosen);
        }
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        List<MandateView> mandates = new ArrayList<>();
        for (Situation s : shown) {
            List<ActionRequest> list = requests.list(s.id());
            SituationDetails details = SituationDetails.of(s);
            for (ActionRequest r : list) rows.add(row(r, s, details, now));
            if (!list.isEmpty() || chosen != null) mandate(s, details, LocalDate.ofInstant(now, ZoneOffset.UTC)).ifPresent(mandates::add);
        }
        rows.sort(REGISTER_ORDER);
        model.addAttribute("section", Section.REQUESTS);
        model.addAttribute("rows", rows);
        model.addAttribute("gaps", rows.stream().filter(r -> r.gap() != null).toList());
        model.addAttribute("mandates", mandates);
        model.addAttribute("situations", readable);
        model.addAttribute("chosen", chosen);
        model.addAttribute("now", now);
        return "console/requests";
    }

    /** Pending first, the longest waiting first; then decided ones, the most recently decided first. */
    static final Comparator<Row> REGISTER_ORDER = Comparator.comparing((Row r) -> !r.pending())
            .thenComparing((Row r) -> !r.overdue())
            .thenComparingLong((Row r) -> r.pending() ? r.request().requestedAt().toEpochMilli()
                    : -r.request().decisions().getLast().decidedAt().toEpochMilli())
            .thenComparingLong(r -> r.request().id());

    @Requires(value = Permission.REQUEST_READ, from = Requires.From.REQUEST, name = "id")
    @GetMapping("/requests/{id}")
    String request(@PathVariable String id, @RequestParam(required = false) String decided, HttpServletRequest request, Model model) {
        ActionRequest r = find(id);
        page(model, viewers.of(request), r, DecisionForm.blank(), FormErrors.none());
        model.addAttribute("decided", decided != null);
        return "console/request";
    }

    @Requires(value = Permission.REQUEST_DECIDE, from = Requires.From.REQUEST, name = "id")
    @PostMapping("/requests/{id}/decisions")
    String decide(@PathVariable String id, @RequestParam(required = false) String outcome,
                  @RequestParam(name = "ground_kind", required = false) String groundKind,
                  @RequestParam(required = false) String ground, @RequestParam(required = false) String rationale,
                  @RequestParam(name = "new_deadline", required = false) String newDeadline,
                  Principal principal, HttpServletRequest request, HttpServletResponse response, Model model) {
        ActionRequest r = find(id);
        DecisionForm form = new DecisionForm(outcome, groundKind, ground == null ? "" : ground.strip(),
                rationale == null ? "" : rationale.strip(), newDeadline == null ? "" : newDeadline.strip());
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        RequestDecision.Outcome o = RequestDecision.Outcome.parse(outcome).orElse(null);
        if (o == null) error(errors, "outcome", "requests.error.outcome", "choose an outcome");
        String g = null;
        if (OUTSIDE.equals(groundKind)) {
            g = OUTSIDE;
        } else if (!form.ground().isEmpty()) {
            g = form.ground();
        }
        if (o == RequestDecision.Outcome.REFUSED && g == null) error(errors, "ground", "requests.error.ground", "a refusal states its ground");
        if (g != null && g.length() > 300) error(errors, "ground", "error.tooLong", "is longer than 300 characters", 300);
        if (form.rationale().isEmpty()) error(errors, "rationale", "requests.error.rationale", "a decision states its rationale");
        if (form.rationale().length() > 20_000) error(errors, "rationale", "error.tooLong", "is longer than 20000 characters", 20_000);
        Instant deadline = null;
        if (!form.newDeadline().isEmpty()) {
            try {
                // the whole day: a deferral "to 12 February" runs to its end, in UTC as every time on these pages
                deadline = LocalDate.parse(form.newDeadline()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            } catch (DateTimeParseException e) {
                error(errors, "new_deadline", "error.date", "must be a date written YYYY-MM-DD");
            }
        } else if (o == RequestDecision.Outcome.DEFERRED) {
            error(errors, "new_deadline", "requests.error.newDeadline", "a deferral sets a new deadline");
        }
        if (errors.isEmpty()) {
            var in = new RequestInput.Decision(o, g, form.rationale(), deadline, null, null);
            switch (requests.decide(r.id(), in, principal.getName(), clock.instant())) {
                case Outcome.Done<RequestService.Decision> done -> {
                    return "redirect:/requests/" + r.id() + "?decided#decisions";
                }
                case Outcome.NotFound<RequestService.Decision> nf when "request".equals(nf.error().field()) -> throw new NotFound("error.actionRequest");
                case Outcome.Invalid<RequestService.Decision> invalid ->
                        invalid.errors().forEach(e -> errors.computeIfAbsent(FormErrors.GENERAL, k -> new ArrayList<>()).add(FormErrors.message(e.reason())));
                case Outcome.NotFound<RequestService.Decision> nf -> general(errors, nf.error().reason());
                case Outcome.Conflict<RequestService.Decision> c -> general(errors, c.error().reason());
                case Outcome.Forbidden<RequestService.Decision> f -> general(errors, f.error().reason());
            }
        }
        response.setStatus(422);
        page(model, viewers.of(request), r, form, new FormErrors(errors));
        model.addAttribute("decided", false);
        return "console/request";
    }

    // ---- building the pages ---------------------------------------------------------------------

    private void page(Model model, Viewer viewer, ActionRequest r, DecisionForm form, FormErrors errors) {
        Situation s = situations.find(r.situation()).orElseThrow(() -> new NotFound("error.situation"));
        SituationDetails details = SituationDetails.of(s);
        Instant now = clock.instant();
        List<EscalationEvent> history = requests.history(r.id());
        List<DecisionView> decisions = r.decisions().stream().map(d -> new DecisionView(d,
                viewer.sees(r.situation(), d.label(), d.author()), referral(r, d, history, details))).toList();
        Map<String, UUID> evidence = new LinkedHashMap<>();
        for (String e : r.evidence()) evidence.put(e, new SignalKey(r.situation(), e).uuid());
        model.addAttribute("section", Section.REQUESTS);
        model.addAttribute("row", row(r, s, details, now));
        model.addAttribute("r", r);
        model.addAttribute("situation", s);
        model.addAttribute("decisions", decisions);
        model.addAttribute("history", history);
        model.addAttribute("evidence", evidence);
        model.addAttribute("signalUid", r.signal() == null ? null : new SignalKey(r.situation(), r.signal()).uuid());
        model.addAttribute("mandate", mandate(s, details, LocalDate.ofInstant(r.requestedAt(), ZoneOffset.UTC)).orElse(null));
        model.addAttribute("canDecide", viewer.can(Permission.REQUEST_DECIDE, r.situation()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("mandatingBody", mandate(s, details, LocalDate.ofInstant(now, ZoneOffset.UTC))
                .map(MandateView::bodyName).orElse(null));
    }

    private Row row(ActionRequest r, Situation s, SituationDetails details, Instant now) {
        boolean pending = r.status() == ActionRequest.Status.OPEN || r.status() == ActionRequest.Status.DEFERRED;
        boolean overdue = pending && r.deadline() != null && r.deadline().isBefore(now);
        return new Row(r, s, durations.of(r.waiting(now)), pending, overdue, gap(r, details));
    }

    /** The latest decision, when its ground is the mandate. */
    private Gap gap(ActionRequest r, SituationDetails details) {
        if (r.decisions().isEmpty()) return null;
        RequestDecision last = r.decisions().getLast();
        if (!OUTSIDE.equals(last.ground())) return null;
        var mandate = details.mandates().inForceOn(LocalDate.ofInstant(last.decidedAt(), ZoneOffset.UTC));
        String body = mandate.map(Mandate::mandatingBody).filter(b -> !b.isBlank()).orElse(null);
        return new Gap(last, last.outcome() == RequestDecision.Outcome.REFUSED, body, body == null ? null : bodyName(details, body));
    }

    /** For a refusal on mandate grounds: the {@code mandate_gap.opened} the domain recorded for it, else its reason for none. */
    private Referral referral(ActionRequest r, RequestDecision d, List<EscalationEvent> history, SituationDetails details) {
        if (!d.onMandateGrounds()) return null;
        for (EscalationEvent e : history) {
            if (!EscalationEvent.MANDATE_GAP_OPENED.equals(e.type()) || !d.id().equals(e.details().get("refusal"))) continue;
            String body = String.valueOf(e.details().get("mandating_body"));
            int recipients = e.details().get("recipients") instanceof List<?> l ? l.size() : 0;
            Long alert = e.details().get("alert") instanceof Number n ? n.longValue() : null;
            return new Referral(body, bodyName(details, body), recipients, alert, null);
        }
        return switch (MandateGapPolicy.check(r, d, details.mandates())) {
            case MandateGapPolicy.Verdict.NoGap none -> new Referral(null, null, 0, null, none.reason());
            // the policy finds a body, yet nothing was recorded (a decision read from a record before the rule existed)
            case MandateGapPolicy.Verdict.Gap gap -> new Referral(gap.body(), bodyName(details, gap.body()), 0, null,
                    "no mandate gap was recorded for this refusal");
        };
    }

    private Optional<MandateView> mandate(Situation s, SituationDetails details, LocalDate on) {
        var versions = details.mandates().versions();
        if (versions.isEmpty()) return Optional.empty();
        Mandate inForce = details.mandates().inForceOn(on).orElse(null);
        String body = inForce != null ? inForce.mandatingBody() : versions.getFirst().mandatingBody();
        return Optional.of(new MandateView(s, on, inForce, versions, body == null ? null : bodyName(details, body)));
    }

    private String bodyName(SituationDetails details, String body) {
        return details.body(body).map(b -> b.name()).or(() -> directory.group(body).map(g -> g.name())).orElse(body);
    }

    /** The situations where the viewer may read requests, by name. */
    private List<Situation> readable(Viewer viewer) {
        List<String> keys = viewer.situations(Permission.REQUEST_READ);
        List<Situation> out = keys.contains(Grant.ALL_SITUATIONS) ? situations.list()
                : keys.stream().map(situations::find).flatMap(Optional::stream).toList();
        return out.stream().sorted(Comparator.comparing(Situation::name)).toList();
    }

    private ActionRequest find(String id) {
        try {
            return requests.find(Long.parseLong(id)).orElseThrow(() -> new NotFound("error.actionRequest"));
        } catch (NumberFormatException e) {
            throw new NotFound("error.actionRequest");
        }
    }

    private static void error(Map<String, List<FormErrors.Message>> errors, String field, String key, String english, Object... args) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(new FormErrors.Message(key, args, english));
    }

    /** A refusal by the domain, in its English (marked as such on the page). */
    private static void general(Map<String, List<FormErrors.Message>> errors, String reason) {
        errors.computeIfAbsent(FormErrors.GENERAL, k -> new ArrayList<>()).add(new FormErrors.Message(null, new Object[0],
                Objects.requireNonNullElse(reason, "")));
    }
}
