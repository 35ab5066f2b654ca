package org.tocsin.tagging;

import java.util.List;

/**
 * A suggested indicator code for a text: the strongest evidence ({@code start}..{@code end}, offsets into the
 * text, and the matched words), the rule that found it, and any further evidence for the same code.
 * {@code confidence} combines the distinct rules that matched (see {@link Tagger}); it says how sure the
 * rules are that the text is <em>about</em> the indicator, not whether the report is true (that is the
 * source's Admiralty grading).
 */
public record Suggestion(String code, double confidence, int start, int end, String evidence, String ruleId,
                         List<Evidence> further) {

    public Suggestion {
        further = List.copyOf(further);
    }

    /** Another span of text that supports the same code. */
    public record Evidence(int start, int end, String text, String ruleId, double confidence) {}
}
