package org.tocsin.decision;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders {@link DueReplay.Result} as a plain-text section for {@code tocsin replay}: each
 * determination as it would have fallen due, the signals that triggered it, the elements the evidence
 * pre-fills (a suggestion: the status is for a person) and those left for an analyst.
 */
public final class DueReplayText {

    private static final int SUMMARY = 80;
    private static final int LATER_SHOWN = 8;

    private DueReplayText() {}

    public static String render(DueReplay.Result result) {
        return render(result, DeterminationCatalogue.standard());
    }

    public static String render(DueReplay.Result result, DeterminationCatalogue catalogue) {
        StringBuilder b = new StringBuilder();
        b.append("Determinations due (M7: name it)\n");
        if (result.due().isEmpty()) {
            b.append("  none: the evidence never met a prompting rule\n");
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "%-11s %-34s %-10s %s%n", "DUE ON", "DETERMINATION", "LEVEL", "DEADLINE"));
        for (DueReplay.FallingDue d : result.due()) {
            b.append(String.format(Locale.ROOT, "%-11s %-34s %-10s %s%n", d.on(), abbreviate(d.typeName(), 34),
                    d.level() == null ? "-" : d.level().name(), d.deadline()));
        }
        for (DueReplay.FallingDue d : result.due()) {
            b.append('\n');
            b.append(String.format(Locale.ROOT, "%s: %s falls due on %s (level %s%s), to be determined by %s%n", d.type(), d.typeName(), d.on(),
                    d.level(), d.levelSince() == null ? "" : " since " + d.levelSince(), d.deadline()));
            b.append("  rule: ").append(d.rule()).append('\n');
            b.append("  why: ").append(d.reason()).append('\n');
            b.append("  triggered by:\n");
            for (TriggerSignal t : d.evidence()) {
                b.append(String.format(Locale.ROOT, "    %-8s %-24s %.2f  %-26s %s%n", t.key().id(), abbreviate(t.sourceId(), 24),
                        t.weight(), abbreviate(String.join(" ", t.codes()), 26), abbreviate(result.summaries().getOrDefault(t.key().id(), ""), SUMMARY)));
            }
            b.append("  pre-filled from the evidence (status left for an analyst):\n");
            if (d.prefill().suggestions().isEmpty()) b.append("    none\n");
            for (Prefill.ElementSuggestion s : d.prefill().suggestions()) {
                String name = s.group() ? "one of the listed acts" : catalogue.element(s.target()).map(LegalElement::name).orElse("");
                b.append(String.format(Locale.ROOT, "    %-22s %s%n", s.target(), name));
                b.append("      codes: ").append(String.join(" ", s.codes()));
                if (!s.inferenceRules().isEmpty()) b.append("; inference rules: ").append(String.join(" ", s.inferenceRules()));
                b.append('\n');
                b.append("      signals: ").append(s.signals().stream()
                        .map(t -> String.format(Locale.ROOT, "%s (%s %.2f)", t.key().id(), String.join(" ", t.codes()), t.weight()))
                        .collect(Collectors.joining(", "))).append('\n');
            }
            b.append("  left for an analyst: ").append(d.prefill().leftForAnalyst().isEmpty() ? "none"
                    : String.join(", ", d.prefill().leftForAnalyst())).append('\n');
            List<DueReplay.LaterEvidence> later = d.later();
            if (!later.isEmpty()) {
                b.append("  later evidence on these elements:");
                b.append(later.stream().limit(LATER_SHOWN).map(l -> String.format(Locale.ROOT, " %s %s (%s)", l.id(), l.knownOn(),
                        String.join(" ", l.codes()))).collect(Collectors.joining(","))).append(later.size() > LATER_SHOWN
                        ? ", + " + (later.size() - LATER_SHOWN) + " more" : "").append('\n');
            }
        }
        b.append("\nA due determination is a prompt for a person, not a finding: Tocsin never sets an element's status.\n");
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
