package org.tocsin.protection;

import java.util.Locale;

/** What a change does to one protected site. */
public enum SiteOutcome {
    /** Its guard leaves (or, under a cut, no allocation holds it even in the optimistic case). */
    LOSES_GUARD,
    /** It keeps its guard only if things go well: its guard is likely to follow, or only the better cases of a cut hold it. */
    AT_RISK,
    /** Its guard stays (under a cut: even in the pessimistic case). */
    KEEPS_GUARD;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public String words() {
        return switch (this) {
            case LOSES_GUARD -> "loses its guard";
            case AT_RISK -> "at risk";
            case KEEPS_GUARD -> "keeps its guard";
        };
    }
}
