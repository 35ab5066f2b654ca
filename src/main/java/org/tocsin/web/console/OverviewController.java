package org.tocsin.web.console;

import org.tocsin.web.security.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The situations overview: every situation, its level in colour and words, its trend; the most severe first. */
@Controller
class OverviewController {

    private static final Logger log = LoggerFactory.getLogger(OverviewController.class);

    /**
     * One situation's line. {@code level} is null when its assessment failed (logged): one broken
     * situation must not blank the overview for the others.
     */
    record Row(Situation situation, RiskLevel level, double score, LocalDate asOf, Sparkline trend, long signals,
               SituationAttention.Attention attention) {}

    /**
     * Most severe first. Overdue decisions and open alerts come before the level once escalation provides
     * them ({@link SituationAttention}), then the level decides.
     */
    static final Comparator<Row> SEVERITY = Comparator
            .comparingInt((Row r) -> r.attention().overdueDecisions()).reversed()
            .thenComparing(Comparator.comparingInt((Row r) -> r.attention().openAlerts()).reversed())
            .thenComparing(Comparator.comparingInt((Row r) -> r.level() == null ? -1 : r.level().ordinal()).reversed())
            .thenComparing(Comparator.comparingDouble(Row::score).reversed())
            .thenComparing(r -> r.situation().name());

    private final SituationStore situations;
    private final SignalStore signals;
    private final RiskViews risks;
    private final ObjectProvider<SituationAttention> attention;

    private final org.tocsin.web.security.Viewers viewers;

    OverviewController(SituationStore situations, SignalStore signals, RiskViews risks, ObjectProvider<SituationAttention> attention, org.tocsin.web.security.Viewers viewers) {
        this.viewers = viewers;
        this.situations = situations;
        this.signals = signals;
        this.risks = risks;
        this.attention = attention;
    }

    @SignedIn
    @GetMapping("/")
    String overview(Model model, jakarta.servlet.http.HttpServletRequest request) {
        org.tocsin.access.Viewer viewer = viewers.of(request);
        SituationAttention waiting = attention.getIfAvailable(() -> s -> SituationAttention.Attention.NONE);
        List<Row> rows = new ArrayList<>();
        for (Situation s : situations.list()) {
            if (viewer.can(org.tocsin.access.Permission.SITUATION_READ, s.id())) rows.add(row(s, waiting, viewer));
        }
        rows.sort(SEVERITY);
        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("rows", rows);
        return "console/overview";
    }

    private Row row(Situation s, SituationAttention waiting, org.tocsin.access.Viewer viewer) {
        long count = signals.count(SignalStore.SignalQuery.all(s.id()).readableBy(viewer));
        try {
            return risks.risk(s).map(r -> new Row(s, r.current().level(), r.current().score(), r.current().at(),
                            Sparkline.of(r.history().points()), count, waiting.of(s.id())))
                    .orElseGet(() -> new Row(s, null, 0, null, Sparkline.of(List.of()), count, waiting.of(s.id())));
        } catch (RuntimeException e) {
            log.error("Could not assess situation {} for the overview", s.id(), e);
            return new Row(s, null, 0, null, Sparkline.of(List.of()), count, SituationAttention.Attention.NONE);
        }
    }
}
