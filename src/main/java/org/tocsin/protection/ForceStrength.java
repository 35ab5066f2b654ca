package org.tocsin.protection;

import java.util.List;
import java.util.Optional;

/**
 * The strength of the whole force on a day, and how it was arrived at: the mission's reported total
 * when the file has one, else the sum of its units — with the units whose strength is not
 * established named rather than counted as zero.
 *
 * @param how in words: "UNAMIR_TOTAL as last reported on 1994-04-07", or the units summed
 */
public record ForceStrength(Optional<Estimate> estimate, Confidence confidence, String how, List<String> sources) {

    public ForceStrength {
        sources = List.copyOf(sources);
    }

    public String text() {
        return estimate.map(Estimate::text).orElse("not established") + " (" + how + "; confidence " + confidence.wire() + ")";
    }
}
