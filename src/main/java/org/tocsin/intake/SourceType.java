package org.tocsin.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of producer behind a signal. {@code EVENT_DATA} marks machine-coded or researcher-coded
 * event datasets (GDELT, UCDP), which are not in the case-file format's list.
 */
public enum SourceType {
    UN_FIELD, UN_HQ, GOVERNMENT, INTELLIGENCE, NGO, CHURCH, MEDIA, INFORMANT, SECURITY_COUNCIL, MEMBER_STATE, EVENT_DATA;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<SourceType> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(text)).findFirst();
    }
}
