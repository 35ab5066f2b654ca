package org.tocsin.web.console;

import org.tocsin.web.security.Requires;
import org.tocsin.access.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.Directory;
import org.tocsin.audit.JournalAudit;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalStore;
import org.tocsin.audit.Knowledge;
import org.tocsin.common.FieldError;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journal (M6): a situation's entries as a timeline (sequence, times, type, actor, subject, hash),
 * paged and filtered by type; whether the chain verifies (the check of {@code GET /api/journal/verify});
 * and who knew what, when, on a chosen day (the report of {@code GET /api/situations/{id}/knowledge}).
 * Reading pages: plain GET forms, no script.
 */
@Controller
class JournalPageController {

    /** Entries per page of the timeline. */
    static final int PAGE = 50;

    private final JournalStore journal;
    private final JournalAudit audit;
    private final JournalStatus status;
    private final SituationStore situations;
    private final Directory directory;
    private final Clock clock;

    private final org.tocsin.web.security.Viewers viewers;

    JournalPageController(JournalStore journal, JournalAudit audit, JournalStatus status, SituationStore situations, Directory directory,
                          Clock clock, org.tocsin.web.security.Viewers viewers) {
        this.viewers = viewers;
        this.journal = journal;
        this.audit = audit;
        this.status = status;
        this.situations = situations;
        this.directory = directory;
        this.clock = clock;
    }

    @Requires(value = Permission.JOURNAL_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/journal")
    String journal(@RequestParam(required = false) String situation, @RequestParam(required = false) String type,
                   @RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                   @RequestParam(required = false) String recheck, Model model, HttpServletResponse response) {
        Situation s = situation == null || situation.isBlank() ? null : find(situation);
        JournalStatus.Checked checked = status.now(recheck != null);
        model.addAttribute("section", Section.JOURNAL);
        model.addAttribute("situations", situations.list().stream().filter(x -> viewers.current().can(Permission.JOURNAL_READ, x.id())).toList());
        model.addAttribute("situation", s);
        model.addAttribute("status", checked);
        if (s == null) return "console/journal";

        String t = type == null || type.isBlank() ? null : type.strip();
        if (t != null && !JournalEntry.TYPE.matcher(t).matches()) {
            return BriefingPagesController.errorPage(model, response, 400, "error.request");
        }
        Set<String> types = t == null ? Set.of() : Set.of(t);
        Map<String, Long> counts = journal.typeCounts(s.id());
        List<JournalEntry> page = before != null
                ? journal.entriesBefore(s.id(), types, before, PAGE)
                : journal.entries(s.id(), types, after == null ? 0 : Math.max(0, after), PAGE);
        boolean earlier = !page.isEmpty() && !journal.entriesBefore(s.id(), types, page.getFirst().seq(), 1).isEmpty();
        boolean later = !page.isEmpty() && !journal.entries(s.id(), types, page.getLast().seq(), 1).isEmpty();
        JournalViews.Names names = new JournalViews.Names(directory);

        model.addAttribute("type", t);
        model.addAttribute("counts", counts);
        model.addAttribute("total", t == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(t, 0L));
        model.addAttribute("rows", page.stream().map(e -> JournalViews.row(e, names)).toList());
        model.addAttribute("earlier", earlier);
        model.addAttribute("later", later);
        model.addAttribute("latest", checked.head() + 1);
        return "console/journal";
    }

    @Requires(value = Permission.JOURNAL_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/journal/knowledge")
    String knowledge(@RequestParam(required = false) String situation, @RequestParam(required = false) String at, Model model,
                     HttpServletResponse response) {
        Situation s = situation == null || situation.isBlank() ? null : find(situation);
        model.addAttribute("section", Section.JOURNAL);
        model.addAttribute("situations", situations.list().stream().filter(x -> viewers.current().can(Permission.JOURNAL_READ, x.id())).toList());
        model.addAttribute("situation", s);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String asked = at == null || at.isBlank() ? today.toString() : at.strip();
        Optional<Instant> when = Knowledge.parseAt(asked);
        // the date input shows a day; an instant given in the address (as the API takes it) shows its day
        model.addAttribute("day", when.map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC).toString()).orElse(asked));
        model.addAttribute("errors", FormErrors.none());
        if (when.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(List.of(new FieldError("at", "must be a date written YYYY-MM-DD")), Set.of("at")));
            return "console/knowledge";
        }
        if (s == null) return "console/knowledge";
        Knowledge k = audit.knowledge(s.id(), when.get());
        model.addAttribute("at", when.get());
        model.addAttribute("report", k);
        JournalViews.Names names = new JournalViews.Names(directory);
        model.addAttribute("names", names);
        model.addAttribute("actors", JournalViews.actors(k, names));
        return "console/knowledge";
    }

    private Situation find(String id) {
        return situations.find(id).orElseThrow(() -> new NotFound("error.situation"));
    }
}
