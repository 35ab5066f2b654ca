package org.tocsin.protection;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One version of a situation's force: who made it, when, why, and a digest of the document. Versions
 * are never changed: an import or an edit adds the next one.
 *
 * @param digest SHA-256 (hex) of the document's compact JSON as stored, so the journal can say which
 *               document a version was without repeating it
 */
public record VersionInfo(String situation, int version, String digest, Origin origin, String reason, String createdBy,
                          Instant createdAt) {

    /** How a version came to be. */
    public enum Origin {
        /** A force file was imported whole (REST, or the demo on first start). */
        IMPORTED,
        /** A commander or desk officer edited the previous version. */
        EDITED;

        public String wire() { return name().toLowerCase(Locale.ROOT); }

        public static Origin parse(String text) { return valueOf(text.toUpperCase(Locale.ROOT)); }
    }

    public VersionInfo {
        if (version < 1) throw new IllegalArgumentException("versions start at 1");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
