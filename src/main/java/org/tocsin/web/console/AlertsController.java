package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.DirectoryView;
import org.tocsin.access.Outcome;
import org.tocsin.access.Permission;
import org.tocsin.access.Person;
import org.tocsin.access.Viewer;
import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertDecision;
import org.tocsin.escalation.AlertInput;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.AlertState;
import org.tocsin.escalation.EscalationPolicy;
import org.tocsin.escalation.PolicyService;
import org.tocsin.escalation.RecipientRef;
import org.tocsin.escalation.Severity;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.Viewers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert inbox and the alert page. The inbox lists the alerts delivered to the signed-in person,
 * open ones first and the most urgent first, with live countdowns to their deadlines; a second tab
 * lists every open alert they may read. The alert page shows everything about one alert and offers the
 * actions the viewer's roles allow, each one small form: one click, plus the text the action needs.
 *
 * <p>Every action goes through {@link AlertService}, the same path as the API, as the signed-in person
 * (never a person named in the form). Done, it redirects back to the alert with a status message.
 * Refused for bad input, the page comes back with the errors beside their fields (422); refused by the
 * domain (not an addressee, already decided), with the reason in words (409) — never a 500, and never a
 * 403, which the console keeps for what the viewer's roles do not allow.
 */
@Controller
class AlertsController {

    /** How many decided or closed alerts the inbox lists under the open ones. */
    static final int CLOSED_SHOWN = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> DONE = Set.of("acknowledged", "decided", "escalated", "appealed", "assessed");

    /** One line of the inbox. */
    record Row(Alert alert, String situationName, String levelName, AlertDeadlines deadlines, boolean toMe) {
        /** The first words of the explanation. */
        public String excerpt() {
            String e = alert.explanation().strip().replaceAll("\\s+", " ");
            return e.length() <= 160 ? e : e.substring(0, 159) + "…";
        }
    }

    /** Open first; then the most severe; then the deadline nearest (or longest passed); then the newest. */
    static final Comparator<Row> URGENCY = Comparator
            .comparing((Row r) -> !r.alert().open())
            .thenComparing(Comparator.comparing((Row r) -> r.alert().severity()).reversed())
            .thenComparing(r -> r.deadlines().next(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparing((Row r) -> r.alert().raisedAt()).reversed());

    private final AlertService alerts;
    private final PolicyService policies;
    private final SituationStore situations;
    private final DirectoryView directory;
    private final Viewers viewers;
    private final MessageSource messages;
    private final Clock clock;

    private final org.tocsin.audit.JournalReads reads;

    AlertsController(AlertService alerts, PolicyService policies, SituationStore situations, DirectoryView directory,
                     Viewers viewers, MessageSource messages, Clock clock,
                     org.springframework.beans.factory.ObjectProvider<org.tocsin.audit.JournalReads> reads) {
        this.reads = reads.getIfAvailable();
        this.alerts = alerts;
        this.policies = policies;
        this.situations = situations;
        this.directory = directory;
        this.viewers = viewers;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the inbox -------------------------------------------------------------------------------

    @Requires(value = Permission.ALERT_READ, from = Requires.From.SOMEWHERE)
    @GetMapping("/alerts")
    String inbox(@RequestParam(required = false) String show, HttpServletRequest request, Model model) {
        Viewer viewer = viewers.of(request);
        boolean all = "open".equals(show);
        Instant now = clock.instant();
        Locale locale = Formats.locale();
        Map<String, String> names = new HashMap<>();
        List<Row> mine = new ArrayList<>();
        List<Row> open = new ArrayList<>();
        // every alert the viewer may read: readableBy requires a role in its situation
        for (Alert a : alerts.list(null, false, viewer)) {
            var view = alerts.view(a.id()).orElse(null);
            if (view == null) continue;
            boolean toMe = view.deliveries().stream().anyMatch(d -> d.reached() && d.recipient().equals(viewer.person()));
            if (!toMe && !a.open()) continue;
            Row row = new Row(view.alert(), names.computeIfAbsent(a.situation(), this::situationName), view.levelName(),
                    AlertDeadlines.of(view, now, messages, locale), toMe);
            if (toMe) mine.add(row);
            if (row.alert().open()) open.add(row);
        }
        mine.sort(URGENCY);
        open.sort(URGENCY);
        List<Row> mineOpen = mine.stream().filter(r -> r.alert().open()).toList();
        List<Row> mineClosed = mine.stream().filter(r -> !r.alert().open())
                .sorted(Comparator.comparing((Row r) -> r.alert().raisedAt()).reversed()).toList();
        model.addAttribute("section", Section.ALERTS);
        model.addAttribute("all", all);
        model.addAttribute("mineOpen", mineOpen);
        model.addAttribute("mineClosed", mineClosed.subList(0, Math.min(CLOSED_SHOWN, mineClosed.size())));
        model.addAttribute("closedHidden", Math.max(0, mineClosed.size() - CLOSED_SHOWN));
        model.addAttribute("open", open);
        model.addAttribute("overdue", (all ? open : mineOpen).stream().filter(r -> r.deadlines().overdue()).count());
        model.addAttribute("words", Countdown.words(messages, locale, now));
        return "console/alerts";
    }

    // ---- one alert -------------------------------------------------------------------------------

    @Requires(value = Permission.ALERT_READ, from = Requires.From.ALERT, name = "id")
    @GetMapping("/alerts/{id}")
    String alert(@PathVariable String id, @RequestParam(required = false) String done, HttpServletRequest request,
                 Principal principal, Model model) {
        var view = readable(id, request);
        // who opened which alert, for the who-knew report (batched: reading never waits on the journal)
        if (alerts.opened(view.alert().id(), principal.getName(), clock.instant())) view = readable(id, request);
        if (reads != null && done == null) {
            reads.record(new org.tocsin.audit.JournalEvent("alert.viewed", clock.instant(), principal.getName(), view.alert().situation(),
                    view.alert().subject(), Map.of("via", "console", "level", view.alert().level())));
        }
        if (done != null && DONE.contains(done)) model.addAttribute("done", "alert.done." + done);
        return page(model, view, request, FormErrors.none(), Map.of(), null);
    }

    @Requires(value = Permission.ALERT_HANDLE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable String id, HttpServletRequest request, Principal principal, Model model,
                       HttpServletResponse response) {
        var view = readable(id, request);
        var outcome = alerts.acknowledge(view.alert().id(), principal.getName(), clock.instant());
        return after(outcome, "acknowledged", "acknowledge", Map.of(), view, request, model, response);
    }

    @Requires(value = Permission.ALERT_DECIDE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/alerts/{id}/decide")
    String decide(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                  Principal principal, Model model, HttpServletResponse response) {
        var view = readable(id, request);
        Map<String, String> values = values(params, "decide", "outcome", "rationale", "ground", "severity");
        ObjectNode body = json(values, "decide", "outcome", "rationale", "ground", "severity");
        return switch (AlertInput.decision(body)) {
            case Parsed.Refused<AlertInput.Decision> r -> invalid(r.errors(), "decide", values, view, request, model, response);
            case Parsed.Ok<AlertInput.Decision> ok -> after(alerts.decide(view.alert().id(), ok.value(), principal.getName(),
                    clock.instant()), "decided", "decide", values, view, request, model, response);
        };
    }

    @Requires(value = Permission.ALERT_HANDLE, from = Requires.From.ALERT, name = "id")
    @PostMapping("/alerts/{id}/escalate")
    String escalate(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                    Principal principal, Model model, HttpServletResponse response) {
        var view = readable(id, request);
        Map<String, String> values = values(params, "escalate", "reason");
        // the API lets a reason out; the console asks for one, so the next level reads why it climbed
        return switch (AlertInput.text(json(values, "escalate", "reason"), "reason")) {
            case Parsed.Refused<String> r -> invalid(r.errors(), "escalate", values, view, request, model, response);
            case Parsed.Ok<String> ok -> after(alerts.escalate(view.alert().id(), principal.getName(), ok.value(), clock.instant()),
                    "escalated", "escalate", values, view, request, model, response);
        };
    }

    @Requires(value = Permission.ALERT_APPEAL, from = Requires.From.ALERT, name = "id")
    @PostMapping("/alerts/{id}/appeal")
    String appeal(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                  Principal principal, Model model, HttpServletResponse response) {
        var view = readable(id, request);
        Map<String, String> values = values(params, "appeal", "position");
        return switch (AlertInput.text(json(values, "appeal", "position"), "position")) {
            case Parsed.Refused<String> r -> invalid(r.errors(), "appeal", values, view, request, model, response);
            case Parsed.Ok<String> ok -> after(alerts.appeal(view.alert().id(), principal.getName(), ok.value(), clock.instant()),
                    "appealed", "appeal", values, view, request, model, response);
        };
    }

    @Requires(value = Permission.ASSESSMENT_ADD, from = Requires.From.ALERT, name = "id")
    @PostMapping("/alerts/{id}/assessments")
    String assess(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                  Principal principal, Model model, HttpServletResponse response) {
        var view = readable(id, request);
        Map<String, String> values = values(params, "assess", "role", "text", "view");
        return switch (AlertInput.assessment(json(values, "assess", "role", "text", "view"))) {
            case Parsed.Refused<AlertInput.NewAssessment> r -> invalid(r.errors(), "assess", values, view, request, model, response);
            case Parsed.Ok<AlertInput.NewAssessment> ok -> after(alerts.attachAssessment(view.alert().id(), ok.value(),
                    principal.getName(), clock.instant()), "assessed", "assess", values, view, request, model, response);
        };
    }

    // ---- steps -----------------------------------------------------------------------------------

    /** The alert, if it exists and the viewer may read it; for anyone else it does not exist. */
    private AlertService.AlertView readable(String id, HttpServletRequest request) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("error.alert");
        }
        Viewer viewer = viewers.of(request);
        return alerts.view(n).filter(v -> alerts.readableBy(v.alert(), viewer)).orElseThrow(() -> new NotFound("error.alert"));
    }

    /** Done: back to the alert, which says so. Refused: the page again, with the reason in words. */
    private String after(Outcome<Alert> outcome, String done, String form, Map<String, String> values, AlertService.AlertView view,
                         HttpServletRequest request, Model model, HttpServletResponse response) {
        long id = view.alert().id();
        return switch (outcome) {
            case Outcome.Done<Alert> d -> "redirect:/alerts/" + id + "?done=" + done;
            case Outcome.Invalid<Alert> i -> invalid(i.errors(), form, values, view, request, model, response);
            case Outcome.NotFound<Alert> n when "alert".equals(n.error().field()) -> throw new NotFound("error.alert");
            case Outcome.NotFound<Alert> n -> refused(n.error(), form, values, id, request, model, response);
            case Outcome.Conflict<Alert> c -> refused(c.error(), form, values, id, request, model, response);
            case Outcome.Forbidden<Alert> f -> refused(f.error(), form, values, id, request, model, response);
        };
    }

    private String invalid(List<FieldError> errors, String form, Map<String, String> values, AlertService.AlertView view,
                           HttpServletRequest request, Model model, HttpServletResponse response) {
        Map<String, List<FormErrors.Message>> by = new LinkedHashMap<>();
        for (FieldError e : errors) {
            String field = values.containsKey(form + "-" + e.field()) ? form + "-" + e.field() : FormErrors.GENERAL;
            by.computeIfAbsent(field, k -> new ArrayList<>()).add(message(e.reason()));
        }
        response.setStatus(422);
        model.addAttribute("failed", form);
        return page(model, view, request, new FormErrors(by), values, null);
    }

    /** The domain said no: the page as it now is (someone may have acted meanwhile), with the reason. */
    private String refused(FieldError error, String form, Map<String, String> values, long id, HttpServletRequest request,
                           Model model, HttpServletResponse response) {
        var now = alerts.view(id).orElseThrow(() -> new NotFound("error.alert"));
        response.setStatus(409);
        model.addAttribute("failed", form);
        return page(model, now, request, FormErrors.none(), values, refusal(error.reason()));
    }

    private String page(Model model, AlertService.AlertView v, HttpServletRequest request, FormErrors errors,
                        Map<String, String> values, FormErrors.Message refusal) {
        Viewer viewer = viewers.of(request);
        Alert a = v.alert();
        Instant now = clock.instant();
        Locale locale = Formats.locale();
        EscalationPolicy policy = policies.get(a.situation(), now) instanceof Outcome.Done<EscalationPolicy> d ? d.value() : null;
        int top = !a.addressees().isEmpty() || policy == null ? a.level() : policy.top();
        List<String> addressees = (policy == null ? a.addressees() : a.recipients(policy)).stream().map(RecipientRef::wire).toList();
        boolean originator = viewer.person().equals(a.originator());
        boolean acknowledgeable = a.state() instanceof AlertState.Raised || a.state() instanceof AlertState.Appealed;
        var actions = new AlertPage.Actions(
                acknowledgeable && viewer.can(Permission.ALERT_HANDLE, a.situation()),
                a.open() && viewer.can(Permission.ALERT_DECIDE, a.situation()),
                a.open() && a.level() < top && viewer.can(Permission.ALERT_HANDLE, a.situation()),
                originator && !a.open() && !a.decisions().isEmpty() && viewer.can(Permission.ALERT_APPEAL, a.situation()),
                viewer.can(Permission.ASSESSMENT_ADD, a.situation()));
        var deliveries = v.deliveries().stream().map(d -> new AlertPage.DeliveryLine(d, directory.person(d.recipient())
                .map(Person::name).filter(name -> !name.equals(d.recipient())).orElse(null))).toList();
        boolean toMe = v.deliveries().stream().anyMatch(d -> d.reached() && d.recipient().equals(viewer.person()));
        boolean automatic = a.kind() != Alert.Kind.MANUAL && a.kind() != Alert.Kind.CRITICAL_SIGNAL;
        var page = new AlertPage(a, situationName(a.situation()), v.levelName(), AlertDeadlines.of(v, now, messages, locale),
                a.evidence().stream().map(e -> AlertPage.Evidence.of(a.situation(), e)).toList(), addressees, deliveries,
                v.history().stream().map(AlertPage::line).toList(), actions, originator, toMe, automatic);
        model.addAttribute("section", Section.ALERTS);
        model.addAttribute("p", page);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("refusal", refusal);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("outcomes", AlertDecision.Outcome.values());
        model.addAttribute("words", Countdown.words(messages, locale, now));
        return "console/alert";
    }

    private String situationName(String id) { return situations.find(id).map(Situation::name).orElse(id); }

    /** The submitted values of one form, keyed by their inputs' ids ({@code decide-rationale}). */
    private static Map<String, String> values(MultiValueMap<String, String> params, String form, String... fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            String v = params.getFirst(f);
            out.put(form + "-" + f, v == null ? "" : v);
        }
        return out;
    }

    /** The form in the shape the API's parser reads; blank inputs left out, as if not given. */
    private static ObjectNode json(Map<String, String> values, String form, String... fields) {
        ObjectNode n = JSON.createObjectNode();
        for (String f : fields) {
            String v = values.get(form + "-" + f);
            if (v != null && !v.isBlank()) n.put(f, v.strip());
        }
        return n;
    }

    private static final Pattern DOWNGRADE = Pattern.compile("a downgrade must name a severity below the current (\\w+)");
    private static final Pattern STATE = Pattern.compile("cannot \\w+ an alert that is (\\w+)");
    private static final Pattern NO_DECISION = Pattern.compile("there is no decision to appeal.*");
    private static final Pattern TOP = Pattern.compile("the alert is already at the top level.*");
    private static final Pattern NOT_ADDRESSED = Pattern.compile("is not among the people this alert is addressed to.*");
    private static final Pattern NOT_ORIGINATOR = Pattern.compile("only the originator \\((.*)\\) may appeal");
    private static final Pattern UNKNOWN_PERSON = Pattern.compile("names no known person");

    /** A field error in words the console has, else the parser's English. */
    private FormErrors.Message message(String reason) {
        Matcher m = DOWNGRADE.matcher(reason);
        if (m.matches()) return new FormErrors.Message("alert.error.downgradeBelow", new Object[] {severity(m.group(1))}, reason);
        return FormErrors.message(reason);
    }

    /** A refusal by the domain, in words; one the console does not know is shown in its English. */
    private FormErrors.Message refusal(String reason) {
        Matcher m;
        if ((m = STATE.matcher(reason)).matches()) {
            String state = messages.getMessage("alert.state." + m.group(1), null, m.group(1), Formats.locale());
            return new FormErrors.Message("alert.refused.state", new Object[] {state}, reason);
        }
        if ((m = NOT_ORIGINATOR.matcher(reason)).matches()) return new FormErrors.Message("alert.refused.notOriginator", new Object[] {m.group(1)}, reason);
        if (NOT_ADDRESSED.matcher(reason).matches()) return new FormErrors.Message("alert.refused.notAddressed", new Object[0], reason);
        if (NO_DECISION.matcher(reason).matches()) return new FormErrors.Message("alert.refused.noDecision", new Object[0], reason);
        if (TOP.matcher(reason).matches()) return new FormErrors.Message("alert.refused.top", new Object[0], reason);
        if (UNKNOWN_PERSON.matcher(reason).matches()) return new FormErrors.Message("alert.refused.unknownPerson", new Object[0], reason);
        return new FormErrors.Message(null, new Object[0], reason);
    }

    private String severity(String wire) {
        return Severity.parse(wire).map(s -> messages.getMessage("level." + s.name(), null, wire, Formats.locale())).orElse(wire);
    }
}
