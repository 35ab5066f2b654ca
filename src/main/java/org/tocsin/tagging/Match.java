package org.tocsin.tagging;

import java.util.List;

/**
 * One place where one rule matched, before suggestions are merged per code. A negated match (a cue such as
 * "no" or "denied" governs it) is kept here, with its {@code cue}, so that an analyst can see why nothing
 * was suggested; it never becomes a {@link Suggestion}. {@code cue} is null when the match is not negated.
 */
public record Match(String ruleId, List<String> codes, double confidence, int start, int end, String text,
                    boolean negated, String cue) {

    public Match {
        codes = List.copyOf(codes);
    }
}
