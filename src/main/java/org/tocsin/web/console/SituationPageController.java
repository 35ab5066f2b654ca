package org.tocsin.web.console;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.fusion.FusionService;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.Situation;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One situation: its level and why, the risk chart with its level changes, the map of signals, the
 * factor heatmap and the timeline of signals. Everything is drawn on the server (inline SVG and tables):
 * the page needs no script at all.
 */
@Controller
class SituationPageController {

    /** Signals per page of the timeline. */
    static final int PAGE = 100;

    private final RiskViews risks;
    private final SignalStore signals;
    private final IndicatorReview.Store suggestions;
    private final Taxonomy taxonomy;
    private final FusionService fusion;
    private final WorldOutlines outlines;

    private final org.tocsin.web.security.Viewers viewers;

    private final org.tocsin.escalation.AlertService alerts;

    SituationPageController(RiskViews risks, SignalStore signals, IndicatorReview.Store suggestions, Taxonomy taxonomy,
                            FusionService fusion, WorldOutlines outlines, org.tocsin.web.security.Viewers viewers, org.tocsin.escalation.AlertService alerts) {
        this.alerts = alerts;
        this.viewers = viewers;
        this.risks = risks;
        this.signals = signals;
        this.suggestions = suggestions;
        this.taxonomy = taxonomy;
        this.fusion = fusion;
        this.outlines = outlines;
    }

    @Requires(value = Permission.SITUATION_READ, from = Requires.From.PATH, name = "situation")
    @GetMapping("/situations/{situation}")
    String situation(@PathVariable String situation, @RequestParam(defaultValue = "0") int page, Model model, Locale locale,
                     jakarta.servlet.http.HttpServletRequest request) {
        org.tocsin.access.Viewer viewer = viewers.of(request);
        Situation s = risks.situation(situation).orElseThrow(() -> new NotFound("error.situation"));
        RiskViews.Risk risk = risks.risk(s).orElseThrow(() -> new NotFound("error.situation"));

        // one pass over the signals for the map and the chart's rug, with the codes that count in fusion
        Map<UUID, Set<String>> confirmed = suggestions.confirmed(s.id());
        List<SignalMap.Located> located = new ArrayList<>();
        List<RiskChart.Arrival> arrivals = new ArrayList<>();
        Set<org.tocsin.intake.SignalKey> readable = new java.util.HashSet<>();
        signals.forEach(s.id(), signal -> {
            // the level counts every signal; the viewer is shown only those their roles may read
            if (!signal.readableBy(viewer)) return;
            readable.add(signal.key());
            Family family = Family.of(signal, IndicatorReview.counting(signal, confirmed), taxonomy);
            located.add(new SignalMap.Located(signal.key().uuid(), signal.key().id(), signal.place().lat(), signal.place().lon(),
                    family.css(), signal.fatalities(), signal.place().name()));
            arrivals.add(new RiskChart.Arrival(SignalRow.countsFrom(signal), family.css()));
        });

        int p = Math.max(0, page);
        var query = new SignalStore.SignalQuery(s.id(), null, null, null, null, p, PAGE).readableBy(viewer);
        long total = signals.count(query);
        List<SignalRow> timeline = signals.search(query).stream().map(signal -> row(signal, confirmed)).toList();

        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("situation", s);
        model.addAttribute("countryName", s.country() == null ? null : Locale.of("", s.country()).getDisplayCountry(locale));
        model.addAttribute("assessment", risk.current());
        var drivers = risk.current().explanation().drivers();
        model.addAttribute("drivers", drivers.stream().filter(d -> readable.contains(d.key())).toList());
        model.addAttribute("withheld", drivers.stream().filter(d -> !readable.contains(d.key())).count());
        model.addAttribute("withheldCauses", risk.history().changes().stream()
                .filter(c -> c.causes().stream().anyMatch(x -> !readable.contains(x.key()))).map(c -> c.on()).collect(java.util.stream.Collectors.toSet()));
        // a change's causes and drivers name signals: only those the viewer may read
        model.addAttribute("changes", risk.history().changes().stream().map(c -> new org.tocsin.fusion.RiskTimeline.LevelChange(
                c.on(), c.from(), c.to(), c.score(), c.causes().stream().filter(x -> readable.contains(x.key())).toList(),
                c.drivers().stream().filter(x -> readable.contains(x.key())).toList(), c.reason())).toList());
        // the moments of each alert and decision the viewer may read, on the same axis as the score
        List<RiskChart.Moment> moments = new ArrayList<>();
        for (var a : alerts.list(s.id(), false, viewer)) {
            moments.add(new RiskChart.Moment(RiskChart.Marker.Kind.ALERT, a.raisedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), a.id(), null));
            for (var d : a.decisions()) {
                moments.add(new RiskChart.Moment(RiskChart.Marker.Kind.DECISION, d.decidedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        a.id(), d.outcome().name().toLowerCase(Locale.ROOT)));
            }
        }
        model.addAttribute("chart", RiskChart.of(risk.history().points(), risk.history().changes(), fusion.parameters(),
                arrivals, null, locale, moments));
        model.addAttribute("map", SignalMap.of(outlines, s.country(), located));
        model.addAttribute("families", Family.values());
        model.addAttribute("heatmap", risks.factors(s, risk.current().at()).map(g -> Heatmap.of(g, taxonomy, locale)).orElse(null));
        model.addAttribute("timeline", timeline);
        model.addAttribute("page", p);
        model.addAttribute("total", total);
        model.addAttribute("pages", (total + PAGE - 1) / PAGE);
        return "console/situation";
    }

    private SignalRow row(Signal signal, Map<UUID, Set<String>> confirmed) {
        Set<String> codes = IndicatorReview.counting(signal, confirmed);
        return SignalRow.of(signal, codes.stream().sorted().toList(), Family.of(signal, codes, taxonomy));
    }
}
