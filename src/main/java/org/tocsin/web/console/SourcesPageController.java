package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.Outcome;
import org.tocsin.access.Permission;
import org.tocsin.access.Viewer;
import org.tocsin.intake.Credibility;
import org.tocsin.source.Handler;
import org.tocsin.source.ProtectionRequest;
import org.tocsin.source.ProtectionRequests;
import org.tocsin.source.ProtectionStatus;
import org.tocsin.source.ProtectionUpdate;
import org.tocsin.source.Pseudonym;
import org.tocsin.source.ReliabilityRecord;
import org.tocsin.source.SealedField;
import org.tocsin.source.Source;
import org.tocsin.source.SourceInput;
import org.tocsin.source.SourceService;
import org.tocsin.web.security.Forbidden;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.Viewers;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The source handler's view (M5). Every reader with sources:read sees registered sources by pseudonym,
 * with their reliability record, and nothing else. A source's assigned handlers also see its handlers
 * and its protection requests (deadline, status, progress form) and may reveal its sealed identity and
 * contact — only by an explicit POST with a reason, which the domain journals in the same transaction
 * as it unseals ({@code source.unsealed}); that one response is marked {@code Cache-Control: no-store}.
 * No GET ever carries a sealed value, and the pages name sources by pseudonym only, never by their id
 * (which an earlier habit may have made a name).
 */
@Controller
class SourcesPageController {

    /** A source in a list, with its record; {@code mine} when the reader is one of its active handlers. */
    record SourceRow(Source source, ReliabilityRecord reliability, boolean mine, long pendingProtection, long overdueProtection) {}

    /** A protection request as its handlers see it: never what is to be done (sealed). */
    record ProtectionView(ProtectionRequest request, boolean overdue, String late, String left, List<ProtectionUpdate> history,
                          List<String> next, boolean canProgress) {}

    /** The forms of the source page as sent, with their errors. */
    record Forms(String reason, String progressFor, String status, String rationale) {
        static Forms blank() { return new Forms("", null, null, ""); }
    }

    static final int MAX_REASON = 2_000;

    private final SourceService sources;
    private final ProtectionRequests protection;
    private final Viewers viewers;
    private final WaitingTime spans;
    private final Clock clock;

    SourcesPageController(SourceService sources, ProtectionRequests protection, Viewers viewers, WaitingTime spans, Clock clock) {
        this.sources = sources;
        this.protection = protection;
        this.viewers = viewers;
        this.spans = spans;
        this.clock = clock;
    }

    @Requires(value = Permission.SOURCE_READ, from = Requires.From.SOMEWHERE)
    @GetMapping("/sources")
    String list(Principal principal, HttpServletRequest request, Model model) {
        String me = principal.getName();
        boolean handles = viewers.of(request).canSomewhere(Permission.SOURCE_HANDLE);
        Instant now = clock.instant();
        List<SourceRow> all = new ArrayList<>();
        for (Source s : sources.list()) {
            var view = sources.view(s.id(), me).orElseThrow();
            long pending = 0, overdue = 0;
            if (view.askerIsHandler() && handles) {
                for (ProtectionRequest r : protection.list(s.id())) {
                    if (r.status().pending()) pending++;
                    if (r.overdue(now)) overdue++;
                }
            }
            all.add(new SourceRow(s, view.reliability(), view.askerIsHandler() && handles, pending, overdue));
        }
        all.sort(Comparator.comparing((SourceRow r) -> r.source().pseudonym().value()));
        model.addAttribute("section", Section.SOURCES);
        model.addAttribute("mine", all.stream().filter(SourceRow::mine).toList());
        model.addAttribute("all", all);
        model.addAttribute("handles", handles);
        return "console/sources";
    }

    @Requires(value = Permission.SOURCE_READ, from = Requires.From.SOMEWHERE, name = "pseudonym")
    @GetMapping("/sources/{pseudonym}")
    String source(@PathVariable String pseudonym, @RequestParam(required = false) String progressed, Principal principal,
                  HttpServletRequest request, Model model) {
        Source s = find(pseudonym);
        page(model, viewers.of(request), principal.getName(), s, Forms.blank(), FormErrors.none());
        model.addAttribute("progressed", progressed != null);
        return "console/source";
    }

    /**
     * Reveals the sealed fields to one of the source's handlers, with the reason they give. The domain
     * refuses anyone else (journaled {@code source.unseal_denied}) and journals the reveal with the
     * reason; the page that shows the fields is never stored by the browser or anything between.
     */
    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "pseudonym")
    @PostMapping("/sources/{pseudonym}/reveal")
    String reveal(@PathVariable String pseudonym, @RequestParam(required = false) String reason, Principal principal,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        // whatever comes back — the fields, a refusal, a form with an error — is not to be kept anywhere
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        Source s = find(pseudonym);
        String why = reason == null ? "" : reason.strip();
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        if (why.isEmpty()) error(errors, "reason", "sources.error.reason", "give the reason for revealing the identity");
        if (why.length() > MAX_REASON) error(errors, "reason", "error.tooLong", "is longer than " + MAX_REASON + " characters", MAX_REASON);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            page(model, viewers.of(request), principal.getName(), s, new Forms(why, null, null, ""), new FormErrors(errors));
            model.addAttribute("progressed", false);
            return "console/source";
        }
        return switch (sources.unseal(s.id(), principal.getName(), why)) {
            case Outcome.Done<SourceService.Unsealed> done -> {
                Map<SealedField, String> fields = new LinkedHashMap<>();
                for (SealedField f : SealedField.values()) done.value().fields().get(f).ifPresent(v -> fields.put(f, v));
                model.addAttribute("section", Section.SOURCES);
                model.addAttribute("source", s);
                model.addAttribute("fields", fields);
                model.addAttribute("reason", why);
                model.addAttribute("at", clock.instant());
                yield "console/source-revealed";
            }
            case Outcome.NotFound<SourceService.Unsealed> nf -> throw new NotFound("error.source");
            case Outcome.Forbidden<SourceService.Unsealed> f -> throw new Forbidden("Only the source's assigned handlers can reveal it.", null);
            case Outcome.Invalid<SourceService.Unsealed> i -> throw new NotFound("error.source");
            case Outcome.Conflict<SourceService.Unsealed> c -> throw new NotFound("error.source");
        };
    }

    /** Moves a protection request on (its handlers, or its owner when they also keep sources). */
    @Requires(value = Permission.SOURCE_HANDLE, from = Requires.From.SOMEWHERE, name = "pseudonym")
    @PostMapping("/sources/{pseudonym}/protection-requests/{rid}/progress")
    String progress(@PathVariable String pseudonym, @PathVariable String rid, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String rationale, Principal principal, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Source s = find(pseudonym);
        UUID id;
        try {
            id = UUID.fromString(rid);
        } catch (IllegalArgumentException e) {
            throw new NotFound("error.protection");
        }
        ProtectionRequest r = protection.find(s.id(), id).orElseThrow(() -> new NotFound("error.protection"));
        String text = rationale == null ? "" : rationale.strip();
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        ProtectionStatus to = ProtectionStatus.parse(status).filter(x -> x != ProtectionStatus.OPEN).orElse(null);
        if (to == null) error(errors, "status", "sources.error.status", "choose where the request stands now");
        if (to != null && to.needsRationale() && text.isEmpty()) {
            error(errors, "rationale", "sources.error.rationale", "say what was done, or why it could not be");
        }
        if (text.length() > 20_000) error(errors, "rationale", "error.tooLong", "is longer than 20000 characters", 20_000);
        if (errors.isEmpty()) {
            switch (protection.progress(s.id(), r.id(), new SourceInput.Progress(to, text.isEmpty() ? null : text), principal.getName())) {
                case Outcome.Done<ProtectionRequest> done -> {
                    return "redirect:/sources/" + s.pseudonym().value() + "?progressed#protection";
                }
                case Outcome.Forbidden<ProtectionRequest> f -> throw new Forbidden("Only the source's handlers and the request's owner can move it on.", null);
                case Outcome.NotFound<ProtectionRequest> nf -> throw new NotFound("error.protection");
                case Outcome.Conflict<ProtectionRequest> c -> errors.put("status", List.of(FormErrors.message(c.error().reason())));
                case Outcome.Invalid<ProtectionRequest> i -> i.errors().forEach(e ->
                        errors.computeIfAbsent(FormErrors.GENERAL, k -> new ArrayList<>()).add(FormErrors.message(e.reason())));
            }
        }
        response.setStatus(422);
        // the rationale is sealed with the request: it is not written back into a page, even to its author
        page(model, viewers.of(request), principal.getName(), s, new Forms("", r.id().toString(), status, ""), new FormErrors(errors));
        model.addAttribute("retype", !text.isEmpty());
        model.addAttribute("progressed", false);
        return "console/source";
    }

    // ---- building the page ----------------------------------------------------------------------

    private void page(Model model, Viewer viewer, String me, Source s, Forms forms, FormErrors errors) {
        var view = sources.view(s.id(), me).orElseThrow(() -> new NotFound("error.source"));
        boolean handles = viewer.canSomewhere(Permission.SOURCE_HANDLE);
        boolean mine = view.askerIsHandler() && handles;
        Instant now = clock.instant();
        List<ProtectionView> requests = new ArrayList<>();
        if (handles) {
            for (ProtectionRequest r : protection.list(s.id())) {
                boolean overdue = r.overdue(now);
                Duration d = Duration.between(now, r.deadline());
                List<String> next = Arrays.stream(ProtectionStatus.values()).filter(x -> r.status().refuse(x).isEmpty())
                        .map(ProtectionStatus::wire).toList();
                requests.add(new ProtectionView(r, overdue, overdue ? spans.of(d) : null,
                        !overdue && r.status().pending() ? spans.of(d) : null, protection.history(r.id()), next,
                        !next.isEmpty() && (mine || r.owner().equals(me))));
            }
            requests.sort(Comparator.comparing((ProtectionView p) -> !p.overdue()).thenComparing(p -> !p.request().status().pending())
                    .thenComparing(p -> p.request().deadline()));
        }
        model.addAttribute("section", Section.SOURCES);
        model.addAttribute("source", s);
        model.addAttribute("reliability", view.reliability());
        model.addAttribute("credibilities", Credibility.values());
        model.addAttribute("mine", mine);
        model.addAttribute("handlers", mine ? view.handlers().stream().filter(Handler::active).toList() : List.of());
        model.addAttribute("activeHandlers", view.activeHandlers());
        model.addAttribute("showProtection", handles);
        model.addAttribute("protection", requests);
        model.addAttribute("forms", forms);
        model.addAttribute("errors", errors);
        model.addAttribute("maxReason", MAX_REASON);
        model.addAttribute("retype", false);
    }

    /** By pseudonym, the only name these pages use; anything else is "no such source". */
    private Source find(String pseudonym) {
        Pseudonym p = Pseudonym.parse(pseudonym).orElseThrow(() -> new NotFound("error.source"));
        return sources.list().stream().filter(s -> s.pseudonym().equals(p)).findFirst().orElseThrow(() -> new NotFound("error.source"));
    }

    private static void error(Map<String, List<FormErrors.Message>> errors, String field, String key, String english, Object... args) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(new FormErrors.Message(key, args, english));
    }
}
