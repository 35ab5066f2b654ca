package org.tocsin.source;

import java.util.Arrays;
import java.util.Optional;

/** The fields of a source that are sealed: encrypted at rest, readable only by its handlers. */
public enum SealedField {
    REAL_NAME("real_name", 300),
    ROLE("role", 300),
    AFFILIATION("affiliation", 300),
    PHONE("phone", 100),
    EMAIL("email", 320),
    ADDRESS("address", 1_000),
    MEETING_ARRANGEMENTS("meeting_arrangements", 5_000),
    NOTES("notes", 20_000);

    private final String wire;
    private final int maxLength;

    SealedField(String wire, int maxLength) {
        this.wire = wire;
        this.maxLength = maxLength;
    }

    public String wire() { return wire; }

    public int maxLength() { return maxLength; }

    public static Optional<SealedField> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(text)).findFirst();
    }
}
