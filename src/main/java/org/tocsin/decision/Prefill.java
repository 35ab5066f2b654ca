package org.tocsin.decision;

import java.util.List;

/**
 * What the evidence suggests for a determination that falls due: for each element (or group of
 * alternatives) the reference maps a Framework code to, the codes, the signals and the inference
 * rules it supports. A suggestion, never a finding: every element's status is left for a person
 * (the reference nowhere says an indicator establishes an element), and the elements no mapping
 * reaches are listed as left for an analyst.
 *
 * @param leftForAnalyst the type's elements no evidence pre-fills, in the type's order
 */
public record Prefill(String type, List<ElementSuggestion> suggestions, List<String> leftForAnalyst) {

    public Prefill {
        suggestions = List.copyOf(suggestions);
        leftForAnalyst = List.copyOf(leftForAnalyst);
    }

    public static Prefill empty(String type, List<String> elements) { return new Prefill(type, List.of(), elements); }

    /**
     * One pre-filled element or group.
     *
     * @param target         an element id, or a group of alternatives (which member is for an analyst)
     * @param group          whether {@code target} is a group
     * @param codes          the Framework codes with evidence that map to it
     * @param inferenceRules the rules the evidence supports for it (e.g. INF-9 from preparation)
     * @param signals        the signals behind it, heaviest first
     * @param basis          where the reference maps the codes (section and provenance)
     */
    public record ElementSuggestion(String target, boolean group, List<String> codes, List<String> inferenceRules,
                                    List<TriggerSignal> signals, List<String> basis) {
        public ElementSuggestion {
            codes = List.copyOf(codes);
            inferenceRules = List.copyOf(inferenceRules);
            signals = List.copyOf(signals);
            basis = List.copyOf(basis);
        }

        /** Always unaddressed: the status is a person's finding. */
        public ElementStatus status() { return ElementStatus.UNADDRESSED; }
    }

    public List<String> prefilled() { return suggestions.stream().map(ElementSuggestion::target).toList(); }
}
