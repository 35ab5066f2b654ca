package org.tocsin.web.console;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalParser;
import org.tocsin.intake.SourceType;
import org.tocsin.intake.SubmitOutcome;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.tagging.Suggestion;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signal form: one page, usable without script. As the reporter types, htmx asks for indicator
 * suggestions (debounced, a small fragment); without script a button asks for them by sending the form.
 * Accepted suggestions travel as ticked checkboxes named {@code indicators}. The signal goes through
 * {@link IntakeService#submit}, the same path as the API; refusals come back as field errors beside
 * their fields. Forms are plain POSTs, so a CSRF token added by Spring Security later rides along, htmx
 * requests included (they send the enclosing form).
 */
@Controller
class IntakeController {

    /** A suggestion as offered on the form. */
    record Offer(String code, String evidence, double confidence, boolean accepted) {}

    private final SituationStore situations;
    private final IntakeService intake;
    private final IndicatorReview review;
    private final Clock clock;

    IntakeController(SituationStore situations, IntakeService intake, IndicatorReview review, Clock clock) {
        this.situations = situations;
        this.intake = intake;
        this.review = review;
        this.clock = clock;
    }

    @Requires(value = Permission.SIGNAL_SUBMIT, from = Requires.From.PATH, name = "situation")
    @GetMapping("/situations/{situation}/signals/new")
    String form(@PathVariable String situation, Model model) {
        Situation s = find(situation);
        return page(model, s, IntakeForm.blank(s, clock), List.of(), FormErrors.none());
    }

    @Requires(value = Permission.SIGNAL_SUBMIT, from = Requires.From.PATH, name = "situation")
    @PostMapping("/situations/{situation}/signals/new")
    String submit(@PathVariable String situation, @RequestParam MultiValueMap<String, String> params,
                  Principal principal, Model model, HttpServletResponse response) {
        Situation s = find(situation);
        IntakeForm form = IntakeForm.from(params);
        if (params.containsKey("_suggest")) return page(model, s, form, offers(form), FormErrors.none());
        return switch (intake.submit(form.toJson(s.id()), principal == null ? "anonymous" : principal.getName(), Channel.WEB_FORM)) {
            case SubmitOutcome.Created c -> "redirect:/signals/" + c.signal().key().uuid() + "?recorded";
            // the same form sent twice: already stored, nothing duplicated
            case SubmitOutcome.Unchanged u -> "redirect:/signals/" + u.existing().key().uuid() + "?recorded";
            case SubmitOutcome.Invalid i -> {
                response.setStatus(422);
                yield page(model, s, form, offers(form), FormErrors.of(i.errors()));
            }
            case SubmitOutcome.Conflict c -> {
                response.setStatus(409);
                yield page(model, s, form.withNewId(clock), offers(form), FormErrors.general("error.conflict"));
            }
            case SubmitOutcome.UnknownSituation u -> throw new NotFound("error.situation");
        };
    }

    /** The suggestions fragment, asked for by htmx as the summary changes. */
    @Requires(value = Permission.SIGNAL_SUBMIT, from = Requires.From.PATH, name = "situation")
    @PostMapping("/situations/{situation}/signals/suggestions")
    String suggestions(@PathVariable String situation, @RequestParam MultiValueMap<String, String> params, Model model) {
        find(situation);
        model.addAttribute("offers", offers(IntakeForm.from(params)));
        return "console/parts :: offers";
    }

    /** Fresh suggestions for the text, with the codes already accepted kept (ticked) even if the text changed. */
    private List<Offer> offers(IntakeForm form) {
        Map<String, Offer> out = new LinkedHashMap<>();
        String text = form.summary();
        if (text.length() > SignalParser.MAX_SUMMARY) text = text.substring(0, SignalParser.MAX_SUMMARY);
        if (!text.isBlank()) {
            for (Suggestion s : review.suggest(text)) {
                out.put(s.code(), new Offer(s.code(), s.evidence(), s.confidence(), form.isAccepted(s.code())));
            }
        }
        for (String code : form.accepted()) out.putIfAbsent(code, new Offer(code, null, 0, true));
        return new ArrayList<>(out.values());
    }

    private String page(Model model, Situation s, IntakeForm form, List<Offer> offers, FormErrors errors) {
        model.addAttribute("section", Section.SITUATIONS);
        model.addAttribute("situation", s);
        model.addAttribute("form", form);
        model.addAttribute("offers", offers);
        model.addAttribute("errors", errors);
        model.addAttribute("reliabilities", Reliability.values());
        model.addAttribute("credibilities", Credibility.values());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("kinds", SignalKind.values());
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("precisions", List.of(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR));
        return "console/intake";
    }

    private Situation find(String id) {
        return situations.find(id).orElseThrow(() -> new NotFound("error.situation"));
    }
}
