package org.tocsin.intake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A signal's identity: the situation it belongs to and the id its submitter gave it (unique within
 * the situation). {@link #uuid()} is derived from both, so the same record gets the same resource
 * id in every Tocsin store, whichever way it arrived.
 */
public record SignalKey(String situation, String id) {
    public SignalKey {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(id, "id");
    }

    public UUID uuid() {
        return UUID.nameUUIDFromBytes(("tocsin:signal:" + situation + '\u0000' + id).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() { return situation + "/" + id; }
}
