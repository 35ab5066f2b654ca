package org.tocsin.source;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable id of a source: the {@code source_id} its signals carry. It is shown to analysts, so it
 * must be an opaque code ({@code src-0042}), never a name: registration refuses an id that contains
 * part of the sealed real name.
 */
public record SourceId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public SourceId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) throw new IllegalArgumentException("not a source id");
    }

    public static Optional<SourceId> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new SourceId(text)) : Optional.empty();
    }

    /** What the envelope of this source's sealed fields is bound to (its associated data). */
    String sealedRef() { return "source/" + value; }

    @Override
    public String toString() { return value; }
}
