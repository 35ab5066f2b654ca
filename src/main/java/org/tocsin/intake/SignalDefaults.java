package org.tocsin.intake;

import org.tocsin.distribution.Tlp;

/**
 * What the parser fills in when a record does not say: the situation (for bulk imports, where the
 * command names it; {@code null} means the record must carry its own) and the distribution label.
 */
public record SignalDefaults(String situation, Tlp label) {
    public static SignalDefaults api() { return new SignalDefaults(null, Tlp.AMBER); }
}
