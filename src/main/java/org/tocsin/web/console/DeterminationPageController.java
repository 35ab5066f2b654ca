package org.tocsin.web.console;

import org.tocsin.web.security.Requires;
import org.tocsin.access.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalReads;
import org.tocsin.decision.Determination;
import org.tocsin.decision.DeterminationCatalogue;
import org.tocsin.decision.DeterminationDue;
import org.tocsin.decision.DeterminationService;
import org.tocsin.decision.DeterminationType;
import org.tocsin.decision.LegalElement;
import org.tocsin.decision.ObligationItem;
import org.tocsin.decision.Prefill;
import org.tocsin.decision.PrefillPolicy;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.Situation;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A situation's determinations (M7) in the console: the list of those recorded, the determinations that
 * are due (with their deadlines, whether overdue, the signals that triggered them and what the evidence
 * pre-fills), the obligations that follow with their owners; and one determination as its element grid,
 * with the computed conclusion and why. Reading pages: no script. Opening a determination is journaled
 * ({@code determination.viewed}), so the who-knew report shows who read the finding, and when.
 */
@Controller
class DeterminationPageController {

    /** Journal type of a reader opening a determination (classified as "opened" by the who-knew report). */
    static final String DETERMINATION_VIEWED = "determination.viewed";

    private final DeterminationService determinations;
    private final RiskViews risks;
    private final SignalStore signals;
    private final JournalReads reads;
    private final Clock clock;
    private final org.tocsin.web.security.Viewers viewers;

    DeterminationPageController(DeterminationService determinations, RiskViews risks, SignalStore signals,
                                ObjectProvider<JournalReads> reads, Clock clock, org.tocsin.web.security.Viewers viewers) {
        this.viewers = viewers;
        this.determinations = determinations;
        this.risks = risks;
        this.signals = signals;
        this.reads = reads.getIfAvailable();
        this.clock = clock;
    }

    /** A recorded determination in the list. */
    record Summary(Determination determination, String typeName, Long supersededBy) {
        public String conclusionCss() { return "conclusion-" + determination.conclusion().wire().replace('_', '-'); }
    }

    /** An element or group of a due item, pre-filled from the evidence or left for a person. */
    record Element(String id, String name, boolean group) {}

    /** A determination that is (or was) due, with what the evidence pre-fills. */
    record Due(DeterminationDue item, String typeName, boolean overdue, Long closedBy, Instant closedAt, List<Prefilled> prefilled,
               List<Element> left) {
        public boolean open() { return item.isOpen(); }
    }

    record Prefilled(Element target, Prefill.ElementSuggestion suggestion) {}

    record Obligation(ObligationItem item, boolean overdue) {}

    @Requires(value = Permission.DETERMINATION_READ, from = Requires.From.PATH, name = "situation")
    @GetMapping("/situations/{situation}/determinations")
    String list(@PathVariable String situation, Model model) {
        Situation s = risks.situation(situation).orElseThrow(() -> new NotFound("error.situation"));
        DeterminationCatalogue c = determinations.catalogue();
        Instant now = clock.instant();
        List<Summary> recorded = determinations.determinations(s.id()).reversed().stream()
                .map(d -> new Summary(d, typeName(c, d.type()), determinations.supersededBy(d.id()).orElse(null))).toList();
        // what needs a person first: open items by deadline, then those answered, the latest first
        List<Due> due = determinations.dueItems(s.id()).stream().map(d -> due(d, c, now))
                .sorted(java.util.Comparator.comparing((Due d) -> !d.open()).thenComparing((a, b) -> a.open()
                        ? a.item().deadline().compareTo(b.item().deadline()) : b.closedAt().compareTo(a.closedAt())))
                .toList();
        List<Obligation> obligations = determinations.obligations(s.id()).stream().map(o -> new Obligation(o, o.overdue(now))).toList();
        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("situation", s);
        model.addAttribute("recorded", recorded);
        model.addAttribute("due", due);
        model.addAttribute("openDue", due.stream().filter(Due::open).count());
        model.addAttribute("overdue", due.stream().filter(Due::overdue).count());
        model.addAttribute("obligations", obligations);
        model.addAttribute("catalogue", c);
        return "console/determinations";
    }

    @Requires(value = Permission.DETERMINATION_READ, from = Requires.From.PATH, name = "situation")
    @GetMapping("/situations/{situation}/determinations/{id}")
    String grid(@PathVariable String situation, @PathVariable String id, Principal principal, Model model) {
        Situation s = risks.situation(situation).orElseThrow(() -> new NotFound("error.situation"));
        long did = number(id).orElseThrow(() -> new NotFound("error.determination"));
        Determination d = determinations.determination(s.id(), did).orElseThrow(() -> new NotFound("error.determination"));
        DeterminationCatalogue c = determinations.catalogue();

        // what the evidence suggested: the due item this determination answered, as it stood; else today's evidence
        Optional<DeterminationDue> answered = determinations.dueItems(s.id()).stream()
                .filter(x -> x.state() instanceof DeterminationDue.State.Closed cl && cl.determination() == d.id()).findFirst();
        Prefill prefill = answered.map(DeterminationDue::prefill).orElse(null);
        String prefillFrom = answered.isPresent() ? "due" : null;
        if (prefill == null) {
            Optional<DeterminationType> type = c.type(d.type());
            Optional<RiskViews.Risk> risk = risks.risk(s);
            if (type.isPresent() && risk.isPresent()) {
                prefill = PrefillPolicy.prefill(type.get(), risk.get().current().explanation(), c);
                prefillFrom = "current";
            }
        }
        if (reads != null) {
            reads.record(new JournalEvent(DETERMINATION_VIEWED, clock.instant(), principal == null ? "anonymous" : principal.getName(),
                    s.id(), d.subject(), Map.of("type", d.type(), "via", "console")));
        }
        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("situation", s);
        // the evidence behind a cell quotes each signal: only those the reader's roles may read (others answer as unknown)
        org.tocsin.access.Viewer viewer = viewers.current();
        model.addAttribute("grid", DeterminationGrid.of(d, c,
                key -> signals.find(key).filter(x -> x.readableBy(viewer)),
                prefill, prefillFrom));
        model.addAttribute("answered", answered.orElse(null));
        model.addAttribute("supersededBy", determinations.supersededBy(d.id()).orElse(null));
        model.addAttribute("obligations", determinations.obligationsOf(d).stream()
                .map(o -> new Obligation(o, o.overdue(clock.instant()))).toList());
        return "console/determination";
    }

    private static Due due(DeterminationDue d, DeterminationCatalogue c, Instant now) {
        Long closedBy = d.state() instanceof DeterminationDue.State.Closed cl ? cl.determination() : null;
        Instant closedAt = d.state() instanceof DeterminationDue.State.Closed cl ? cl.closedAt() : null;
        List<Prefilled> prefilled = d.prefill().suggestions().stream()
                .map(s -> new Prefilled(element(c, s.target(), s.group(), d.type()), s)).toList();
        List<Element> left = d.prefill().leftForAnalyst().stream().map(e -> element(c, e, false)).toList();
        return new Due(d, typeName(c, d.type()), d.overdue(now), closedBy, closedAt, prefilled, left);
    }

    private static Element element(DeterminationCatalogue c, String id, boolean group, String type) {
        if (group) {
            return new Element(id, c.type(type).flatMap(t -> t.group(id)).map(DeterminationType.Group::name).orElse(id), true);
        }
        return element(c, id, false);
    }

    private static Element element(DeterminationCatalogue c, String id, boolean group) {
        return new Element(id, c.element(id).map(LegalElement::name).orElse(id), group);
    }

    static String typeName(DeterminationCatalogue c, String type) {
        return c.type(type).map(DeterminationType::name).orElse(type);
    }

    private static Optional<Long> number(String text) {
        try {
            long n = Long.parseLong(text);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
