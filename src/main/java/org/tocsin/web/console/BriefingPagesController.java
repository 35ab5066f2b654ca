package org.tocsin.web.console;

import org.tocsin.web.security.Requires;
import org.tocsin.access.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.Directory;
import org.tocsin.access.Group;
import org.tocsin.access.Outcome;
import org.tocsin.access.Person;
import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.Briefing;
import org.tocsin.escalation.BriefingService;
import org.tocsin.escalation.Delivery;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Briefings (M4): the list per situation, the form that sends one to every member of a group at once,
 * and a briefing's page. The sender sees every member's receipt (delivered, opened, acknowledged, and who
 * has not yet opened it) and may widen the label; a recipient opens and acknowledges it there. The person
 * acting is the signed-in principal and nothing else: no form carries an actor (the interceptor has
 * already required a signed-in person with the right role; the null checks below are a second lock). Every action goes through {@link BriefingService},
 * the path the API takes, so the journal and the receipts are the same whichever way a person acts.
 */
@Controller
class BriefingPagesController {

    private final BriefingService briefings;
    private final AlertService alerts;
    private final SituationStore situations;
    private final Directory directory;
    private final Clock clock;

    private final org.tocsin.web.security.Viewers viewers;
    private final org.tocsin.web.security.Guard guard;

    BriefingPagesController(BriefingService briefings, AlertService alerts, SituationStore situations, Directory directory, Clock clock,
                            org.tocsin.web.security.Viewers viewers, org.tocsin.web.security.Guard guard) {
        this.viewers = viewers;
        this.guard = guard;
        this.briefings = briefings;
        this.alerts = alerts;
        this.situations = situations;
        this.directory = directory;
        this.clock = clock;
    }

    /** The situations where the viewer holds the permission, for the pickers. */
    private List<Situation> readable(Permission permission) {
        var v = viewers.current();
        return situations.list().stream().filter(x -> v.can(permission, x.id())).toList();
    }

    private static jakarta.servlet.http.HttpServletRequest currentRequest() {
        return ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /** A briefing in the list: with its group's and sender's names. */
    record Row(Briefing briefing, String groupName, String senderName) {}

    @Requires(value = Permission.BRIEFING_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/briefings")
    String list(@RequestParam(required = false) String situation, Model model) {
        Situation s = situation == null || situation.isBlank() ? null : find(situation);
        model.addAttribute("section", Section.BRIEFINGS);
        model.addAttribute("situations", readable(Permission.BRIEFING_READ));
        model.addAttribute("situation", s);
        if (s != null) {
            Map<String, String> groups = directory.groups().stream().collect(Collectors.toMap(Group::id, Group::name, (a, b) -> a));
            List<Row> rows = briefings.list(s.id()).stream().filter(x -> BriefingService.readableBy(x, viewers.current()))
                    .sorted(Comparator.comparing(Briefing::deliveredAt).reversed().thenComparing(Comparator.comparingLong(Briefing::id).reversed()))
                    .map(b -> new Row(b, groups.getOrDefault(b.group(), b.group()), name(b.sender()))).toList();
            model.addAttribute("rows", rows);
        }
        return "console/briefings";
    }

    @Requires(value = Permission.BRIEFING_SEND, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/briefings/new")
    String compose(@RequestParam(required = false) String situation, @RequestParam(required = false) String alert, Principal principal,
                   Model model) {
        if (situation == null || situation.isBlank()) {
            model.addAttribute("section", Section.BRIEFINGS);
            model.addAttribute("situations", readable(Permission.BRIEFING_SEND));
            model.addAttribute("situation", null);
            model.addAttribute("signedIn", principal != null);
            return "console/briefing-new";
        }
        Situation s = find(situation);
        return form(model, s, BriefingForm.blank(s.id(), alert), FormErrors.none(), principal);
    }

    @Requires(value = Permission.BRIEFING_SEND, from = Requires.From.SOMEWHERE)
    @PostMapping("/briefings/new")
    String send(@RequestParam MultiValueMap<String, String> params, Principal principal, Model model, HttpServletResponse response) {
        BriefingForm form = BriefingForm.from(params);
        Situation s = find(form.situation());
        guard.require(currentRequest(), Permission.BRIEFING_SEND, s.id());
        if (principal == null) return signIn(model, response);
        Parsed<BriefingService.NewBriefing> parsed = BriefingService.parse(form.toJson());
        if (parsed instanceof Parsed.Refused<BriefingService.NewBriefing> refused) {
            response.setStatus(422);
            return form(model, s, form, FormErrors.of(refused.errors(), BriefingForm.FIELDS), principal);
        }
        var in = ((Parsed.Ok<BriefingService.NewBriefing>) parsed).value();
        return switch (briefings.send(in, principal.getName(), clock.instant(), a -> alerts.readableBy(a, viewers.current()))) {
            case Outcome.Done<BriefingService.Sent> done -> "redirect:/briefings/" + done.value().briefing().id() + "?sent=1";
            case Outcome.Invalid<BriefingService.Sent> i -> refused(model, response, 422, s, form, i.errors(), principal);
            case Outcome.NotFound<BriefingService.Sent> n -> refused(model, response, 422, s, form, List.of(n.error()), principal);
            case Outcome.Conflict<BriefingService.Sent> c -> refused(model, response, 409, s, form, List.of(c.error()), principal);
            case Outcome.Forbidden<BriefingService.Sent> f -> refused(model, response, 403, s, form, List.of(f.error()), principal);
        };
    }

    private String refused(Model model, HttpServletResponse response, int status, Situation s, BriefingForm form, List<FieldError> errors,
                           Principal principal) {
        response.setStatus(status);
        // "actor: names no known person": the signed-in account is not in the directory
        boolean unknownSender = errors.stream().anyMatch(e -> e.field().equals("actor"));
        FormErrors shown = unknownSender ? FormErrors.general("error.unknownSender") : FormErrors.of(errors, BriefingForm.FIELDS);
        return form(model, s, form, shown, principal);
    }

    private String form(Model model, Situation s, BriefingForm form, FormErrors errors, Principal principal) {
        model.addAttribute("section", Section.BRIEFINGS);
        model.addAttribute("situation", s);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("signedIn", principal != null);
        // the situation's own bodies first, then the other groups, each by name
        model.addAttribute("groups", directory.groups().stream()
                .sorted(Comparator.comparing((Group g) -> !s.id().equals(g.situation())).thenComparing(Group::name)).toList());
        // only the alerts the viewer may read: the list shows each one's explanation
        model.addAttribute("alerts", alerts.list(s.id(), false, viewers.current()).stream()
                .sorted(Comparator.comparingLong(Alert::id).reversed()).toList());
        model.addAttribute("tlps", Tlp.values());
        return "console/briefing-new";
    }

    /** One member's receipt, as the sender sees it. */
    record Receipt(Delivery delivery, String name) {
        public boolean opened() { return delivery.openedAt() != null; }
    }

    @Requires(value = Permission.BRIEFING_READ, from = Requires.From.BRIEFING, name = "id")
    @GetMapping("/briefings/{id}")
    String briefing(@PathVariable long id, @RequestParam(required = false) String sent, Principal principal, Model model) {
        Briefing b = briefings.find(id).filter(x -> BriefingService.readableBy(x, viewers.current()))
                .orElseThrow(() -> new NotFound("error.briefing"));
        return page(model, b, principal, sent != null, FormErrors.none());
    }

    private String page(Model model, Briefing b, Principal principal, boolean sent, FormErrors errors) {
        String me = principal == null ? null : principal.getName();
        boolean sender = b.sender().equals(me);
        model.addAttribute("section", Section.BRIEFINGS);
        model.addAttribute("b", b);
        model.addAttribute("situation", situations.find(b.situation()).orElse(null));
        model.addAttribute("group", directory.group(b.group()).orElse(null));
        model.addAttribute("senderName", name(b.sender()));
        model.addAttribute("alert", b.alert() == null ? null : alerts.view(b.alert()).map(AlertService.AlertView::alert).filter(a -> alerts.readableBy(a, viewers.current())).orElse(null));
        model.addAttribute("evidence", b.evidence().stream()
                .map(e -> JournalViews.Subject.of(org.tocsin.audit.JournalTypes.signalSubject(b.situation(), e))).toList());
        model.addAttribute("signedIn", me != null);
        model.addAttribute("isSender", sender);
        model.addAttribute("sent", sent);
        model.addAttribute("errors", errors);
        Delivery mine = null;
        if (sender) {
            var receipts = briefings.receipts(b.id(), me);
            if (receipts instanceof Outcome.Done<BriefingService.Sent> done) {
                List<Receipt> rows = done.value().receipts().stream().map(d -> new Receipt(d, name(d.recipient()))).toList();
                model.addAttribute("receipts", rows);
                model.addAttribute("openedCount", rows.stream().filter(Receipt::opened).count());
                model.addAttribute("acknowledgedCount", rows.stream().filter(r -> r.delivery().acknowledgedAt() != null).count());
                model.addAttribute("heldCount", rows.stream().filter(r -> !r.delivery().reached()).count());
                mine = done.value().receipts().stream().filter(d -> d.recipient().equals(me)).findFirst().orElse(null);
            }
            // wider labels only: a label may be widened, never narrowed
            model.addAttribute("wider", Arrays.stream(Tlp.values()).filter(t -> b.label().isNarrowerThan(t)).toList());
        } else if (me != null) {
            mine = briefings.receiptOf(b.id(), me).orElse(null);
        }
        model.addAttribute("mine", mine);
        // a recipient reads the text by opening it (the open is the read receipt); a held delivery shows nothing of it
        boolean showText = sender || mine == null || (mine.reached() && mine.openedAt() != null);
        model.addAttribute("showText", showText);
        return "console/briefing";
    }

    @Requires(value = Permission.BRIEFING_RECEIVE, from = Requires.From.BRIEFING, name = "id")
    @PostMapping("/briefings/{id}/{action:open|acknowledge}")
    String receipt(@PathVariable long id, @PathVariable String action, Principal principal, Model model, HttpServletResponse response) {
        Briefing b = briefings.find(id).orElseThrow(() -> new NotFound("error.briefing"));
        if (principal == null) return signIn(model, response);
        var outcome = action.equals("open") ? briefings.open(b.id(), principal.getName(), clock.instant())
                : briefings.acknowledge(b.id(), principal.getName(), clock.instant());
        return switch (outcome) {
            case Outcome.Done<Delivery> d -> "redirect:/briefings/" + b.id() + "#receipt";
            case Outcome.Forbidden<Delivery> f -> errorPage(model, response, 403, "error.notRecipient");
            case Outcome.Conflict<Delivery> c -> errorPage(model, response, 409, "error.briefingHeld");
            case Outcome.NotFound<Delivery> n -> throw new NotFound("error.briefing");
            case Outcome.Invalid<Delivery> i -> errorPage(model, response, 400, "error.request");
        };
    }

    @Requires(value = Permission.BRIEFING_SEND, from = Requires.From.BRIEFING, name = "id")
    @PostMapping("/briefings/{id}/label")
    String widen(@PathVariable long id, @RequestParam(required = false) String label, Principal principal, Model model,
                 HttpServletResponse response) {
        Briefing b = briefings.find(id).orElseThrow(() -> new NotFound("error.briefing"));
        if (principal == null) return signIn(model, response);
        Optional<Tlp> wanted = Tlp.parse(label);
        if (wanted.isEmpty()) {
            response.setStatus(422);
            return page(model, b, principal, false, FormErrors.of(List.of(new FieldError("label", "is required")), Set.of("label")));
        }
        return switch (briefings.relabel(b.id(), wanted.get(), principal.getName(), clock.instant())) {
            case Outcome.Done<Briefing> d -> "redirect:/briefings/" + b.id() + "#label";
            case Outcome.Invalid<Briefing> i -> {
                response.setStatus(422);
                yield page(model, b, principal, false, FormErrors.of(i.errors(), Set.of("label")));
            }
            case Outcome.Forbidden<Briefing> f -> errorPage(model, response, 403, "error.notSender");
            case Outcome.NotFound<Briefing> n -> throw new NotFound("error.briefing");
            case Outcome.Conflict<Briefing> c -> errorPage(model, response, 409, "error.request");
        };
    }

    private String name(String person) {
        return directory.person(person).map(Person::name).orElse(person);
    }

    private Situation find(String id) {
        return situations.find(id).orElseThrow(() -> new NotFound("error.situation"));
    }

    /** A second lock behind the interceptor: an action that needs a person is refused without one, saying why. */
    private static String signIn(Model model, HttpServletResponse response) {
        return errorPage(model, response, 401, "error.signIn");
    }

    static String errorPage(Model model, HttpServletResponse response, int status, String what) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("what", what);
        return "console/error";
    }
}
