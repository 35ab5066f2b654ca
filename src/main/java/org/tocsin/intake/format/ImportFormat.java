package org.tocsin.intake.format;

import java.util.Arrays;
import java.util.Optional;

/** The bulk formats Tocsin reads; see docs/formats.md for each one's mapping onto signals. */
public enum ImportFormat {
    CASE("case"), GDELT1("gdelt1"), GDELT2("gdelt2"), UCDP("ucdp");

    private final String wire;

    ImportFormat(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<ImportFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(text)).findFirst();
    }
}
