package org.tocsin.audit;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs checkpoints with the journal's Ed25519 private key. The private key never leaves this
 * object: exports and the API carry only the public key and its id.
 *
 * @param publicKeyFile where the public key is published on this machine, if it is in a file
 */
public final class JournalSigner {

    private final KeyPair pair;
    private final String keyId;
    private final Path publicKeyFile;

    public JournalSigner(KeyPair pair, Path publicKeyFile) {
        this.pair = Objects.requireNonNull(pair, "pair");
        this.keyId = JournalKeys.keyId(pair.getPublic());
        this.publicKeyFile = publicKeyFile;
    }

    public Checkpoint sign(long seq, String hash, Instant signedAt) {
        Instant at = CanonicalJson.micros(signedAt);
        byte[] signature = JournalKeys.sign(pair.getPrivate(), new Checkpoint(seq, hash, at, keyId, "").signedBytes());
        return new Checkpoint(seq, hash, at, keyId, Base64.getEncoder().encodeToString(signature));
    }

    public PublicKey publicKey() { return pair.getPublic(); }

    public String keyId() { return keyId; }

    /** The public key's file, or null when the key did not come with one. */
    public Path publicKeyFile() { return publicKeyFile; }

    @Override
    public String toString() { return "JournalSigner[" + keyId + "]"; }
}
