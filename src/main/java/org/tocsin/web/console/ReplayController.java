package org.tocsin.web.console;

import org.tocsin.web.security.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.fusion.FusionService;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.fusion.RiskTimeline;
import org.tocsin.intake.Signal;
import org.tocsin.replay.CaseReplay;
import org.tocsin.situation.SituationStore;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Replays a historical case through the engine and shows the level on the day picked with the slider:
 * the chart up to that day, the changes of level so far with the signals that caused them, and what
 * arrived in the fortnight before. The slider is a GET form (works without script, each day has a URL);
 * htmx swaps only the frame as the slider moves.
 */
@Controller
class ReplayController {

    /** What arrived shortly before the day shown. */
    static final int RECENT_DAYS = 14;

    /** The first day a level was reached, for the lead-time table. */
    record Reached(RiskLevel level, LocalDate on, Integer day) {}

    private final CaseLibrary library;
    private final FusionService fusion;
    private final Taxonomy taxonomy;
    private final SituationStore situations;

    ReplayController(CaseLibrary library, FusionService fusion, Taxonomy taxonomy, SituationStore situations) {
        this.library = library;
        this.fusion = fusion;
        this.taxonomy = taxonomy;
        this.situations = situations;
    }

    @SignedIn
    @GetMapping("/replay")
    String replay(@RequestParam(name = "case", required = false) String name, @RequestParam(required = false) Integer day,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                  Model model, Locale locale) {
        model.addAttribute("section", Section.REPLAY);
        List<CaseLibrary.Case> cases = library.cases();
        model.addAttribute("cases", cases);
        if (cases.isEmpty()) return "console/replay";
        String chosen = name != null ? name : cases.getFirst().name();
        CaseReplay.Result result = library.replay(chosen).orElseThrow(() -> new NotFound("error.case"));
        List<RiskTimeline.Point> points = result.timeline().points();
        if (points.isEmpty()) throw new NotFound("error.case");

        LocalDate first = points.getFirst().on();
        int last = points.size() - 1;   // one point per day (a daily replay)
        int d = day == null ? last : Math.clamp(day, 0, last);
        RiskTimeline.Point now = points.get(d);
        LocalDate at = now.on();

        List<RiskTimeline.LevelChange> changes = result.timeline().changes();
        List<RiskTimeline.LevelChange> sofar = changes.stream().filter(c -> !c.on().isAfter(at)).toList();
        Integer previous = changes.stream().filter(c -> c.on().isBefore(at)).reduce((a, b) -> b).map(c -> index(first, c.on())).orElse(null);
        Integer next = changes.stream().filter(c -> c.on().isAfter(at)).findFirst().map(c -> index(first, c.on())).orElse(null);

        List<RiskChart.Arrival> arrivals = new ArrayList<>();
        List<SignalRow> recent = new ArrayList<>();
        for (Signal s : result.caseFile().inOrderKnown()) {
            Family family = Family.of(s, s.indicators(), taxonomy);
            LocalDate known = SignalRow.countsFrom(s);
            arrivals.add(new RiskChart.Arrival(known, family.css()));
            if (!known.isAfter(at) && known.isAfter(at.minusDays(RECENT_DAYS))) recent.add(SignalRow.of(s, s.indicators(), family));
        }
        recent.sort(Comparator.comparing(SignalRow::knownOn).reversed());

        List<Reached> reached = new ArrayList<>();
        for (RiskLevel level : List.of(RiskLevel.ELEVATED, RiskLevel.HIGH, RiskLevel.CRITICAL, RiskLevel.EMERGENCY)) {
            LocalDate on = result.firstReached(level).orElse(null);
            reached.add(new Reached(level, on, on == null ? null : index(first, on)));
        }

        model.addAttribute("caseName", chosen);
        model.addAttribute("situation", result.caseFile().situation());
        // a replayed record links to the stored signal only when the case is also loaded as a situation
        model.addAttribute("linked", situations.exists(result.caseFile().situation().id()));
        model.addAttribute("first", first);
        model.addAttribute("lastDay", last);
        model.addAttribute("day", d);
        model.addAttribute("at", at);
        model.addAttribute("now", now);
        model.addAttribute("previous", previous);
        model.addAttribute("next", next);
        model.addAttribute("changes", sofar);
        model.addAttribute("recent", recent);
        model.addAttribute("recentDays", RECENT_DAYS);
        model.addAttribute("reached", reached);
        model.addAttribute("records", result.caseFile().records().size());
        model.addAttribute("chart", RiskChart.of(points, changes, fusion.parameters(), arrivals, at, locale,
                ReplayAlerts.moments(result.escalation())));
        model.addAttribute("alerts", ReplayAlerts.asOf(result.escalation(), at));
        // htmx asks for the frame only; a history restore (back button with an empty cache) needs the page
        return htmx != null && restore == null ? "console/replay :: update" : "console/replay";
    }

    private static int index(LocalDate first, LocalDate day) { return (int) ChronoUnit.DAYS.between(first, day); }
}
