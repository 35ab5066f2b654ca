package org.tocsin.web.console;

import org.tocsin.intake.Signal;
import org.tocsin.taxonomy.Taxonomy;

import java.util.Collection;
import java.util.Locale;

/**
 * A signal's indicator family, for its colour on the map and the chart's rug: the risk-factor group of
 * its most specific indicator (a genocide-specific factor says more than a common one), or mitigation,
 * or none. Colours (Okabe–Ito, safe for colour-blind readers) live in the stylesheet; the legend names them.
 */
enum Family {
    GENOCIDE, CRIMES_AGAINST_HUMANITY, WAR_CRIMES, COMMON, MITIGATING, NONE;

    public String css() { return "family-" + name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public String label() { return "family." + name(); }

    static Family of(Signal signal, Collection<String> codes, Taxonomy taxonomy) {
        if (signal.mitigating()) return MITIGATING;
        Family best = NONE;
        for (String code : codes) {
            Family f = taxonomy.factor(Taxonomy.factorOf(code)).map(rf -> switch (rf.group()) {
                case "GENOCIDE" -> GENOCIDE;
                case "CRIMES_AGAINST_HUMANITY" -> CRIMES_AGAINST_HUMANITY;
                case "WAR_CRIMES" -> WAR_CRIMES;
                default -> COMMON;
            }).orElse(NONE);
            if (f.ordinal() < best.ordinal()) best = f;
        }
        return best;
    }
}
