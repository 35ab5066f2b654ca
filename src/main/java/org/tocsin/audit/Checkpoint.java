package org.tocsin.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A signed statement that the journal's entry {@code seq} had hash {@code hash} at
 * {@code signedAt}. Because every hash covers the one before it, one checkpoint vouches for the
 * whole chain up to {@code seq}: rewriting any earlier entry, even with every later hash
 * recomputed, no longer matches it, and only the holder of the private key can sign a new one.
 *
 * <p>The signature is Ed25519 over the UTF-8 bytes of {@link #signedText()}, the canonical JSON
 * array {@code ["tocsin-journal-checkpoint/1", seq, hash, signed_at]}, encoded in standard base64.
 * {@code keyId} names the public key that verifies it ({@link JournalKeys#keyId}).
 */
public record Checkpoint(long seq, String hash, Instant signedAt, String keyId, String signature) {

    static final String VERSION = "tocsin-journal-checkpoint/1";

    public Checkpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    public String signedText() {
        return signedText(seq, hash, signedAt);
    }

    static String signedText(long seq, String hash, Instant signedAt) {
        return CanonicalJson.write(List.of(VERSION, seq, hash, signedAt.toString()));
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }
}
