package org.tocsin.web.console;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalReads;
import org.tocsin.audit.JournalTypes;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.taxonomy.Taxonomy;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One signal, every field, escaped; and its indicator suggestions with confirm and reject for analysts.
 * A decision is a small form: with htmx it replaces its own row, without script it posts and comes back
 * to the page. (Who may decide is for the access work to restrict; today every reader is "anonymous".)
 */
@Controller
class SignalPageController {

    private final SignalStore signals;
    private final SituationStore situations;
    private final IndicatorReview review;
    private final Taxonomy taxonomy;
    private final JournalReads reads;
    private final Clock clock;

    private final org.tocsin.web.security.Viewers viewers;

    SignalPageController(SignalStore signals, SituationStore situations, IndicatorReview review, Taxonomy taxonomy,
                         ObjectProvider<JournalReads> reads, Clock clock, org.tocsin.web.security.Viewers viewers) {
        this.viewers = viewers;
        this.signals = signals;
        this.situations = situations;
        this.review = review;
        this.taxonomy = taxonomy;
        this.reads = reads.getIfAvailable();
        this.clock = clock;
    }

    @Requires(value = Permission.SIGNAL_READ, from = Requires.From.SIGNAL, name = "uid")
    @GetMapping("/signals/{uid}")
    String signal(@PathVariable String uid, @RequestParam(required = false) String recorded, Principal principal, Model model,
                  jakarta.servlet.http.HttpServletRequest request) {
        UUID id = uuid(uid);
        org.tocsin.access.Viewer viewer = viewers.of(request);
        // a signal the viewer's roles may not read is, for them, a signal that does not exist
        Signal s = signals.find(id).filter(x -> x.readableBy(viewer))
                .orElseThrow(() -> new NotFound("error.signal"));
        // who opened what, for the who-knew report: the console's reading counts as the API's does
        if (reads != null) {
            reads.record(new JournalEvent(JournalTypes.SIGNAL_VIEWED, clock.instant(), principal == null ? "anonymous" : principal.getName(),
                    s.key().situation(), "signal:" + s.key(), Map.of("uid", id.toString(), "via", "console")));
        }
        List<IndicatorReview.Stored> suggestions = review.suggestionsFor(id);
        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("signal", s);
        model.addAttribute("situation", situations.find(s.key().situation()).orElse(null));
        model.addAttribute("family", Family.of(s, s.indicators(), taxonomy));
        model.addAttribute("knownOn", SignalRow.countsFrom(s));
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("canReview", viewer.can(org.tocsin.access.Permission.INDICATOR_REVIEW, s.key().situation()));
        model.addAttribute("recorded", recorded != null);
        return "console/signal";
    }

    @Requires(value = Permission.INDICATOR_REVIEW, from = Requires.From.SIGNAL, name = "uid")
    @PostMapping("/signals/{uid}/suggestions/{code}/{decision:confirm|reject}")
    String decide(@PathVariable String uid, @PathVariable String code, @PathVariable String decision, Principal principal,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        UUID id = uuid(uid);
        if (!Taxonomy.wellFormed(code)) throw new NotFound("error.suggestion");
        String analyst = principal == null ? "anonymous" : principal.getName();
        IndicatorReview.Decided d = decision.equals("confirm") ? review.confirm(id, code, analyst) : review.reject(id, code, analyst);
        IndicatorReview.Stored stored = switch (d) {
            case IndicatorReview.Decided.Done done -> done.suggestion();
            // decided meanwhile by someone else: show what stands, never reverse it silently
            case IndicatorReview.Decided.AlreadyDecided already -> already.suggestion();
            case IndicatorReview.Decided.NoSuchSuggestion none -> throw new NotFound("error.suggestion");
        };
        if (htmx == null) return "redirect:/signals/" + id + "#suggestions";
        model.addAttribute("signal", signals.find(id).orElseThrow(() -> new NotFound("error.signal")));
        model.addAttribute("s", stored);
        return "console/parts :: suggestion";
    }

    private static UUID uuid(String uid) {
        try {
            return UUID.fromString(uid);
        } catch (IllegalArgumentException e) {
            throw new NotFound("error.signal");
        }
    }
}
