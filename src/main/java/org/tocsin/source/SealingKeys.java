package org.tocsin.source;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.tocsin.common.TocsinException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Envelope encryption of sealed records with Google Tink (AEAD, AES-256-GCM).
 *
 * <p><b>Scheme.</b> Each record gets a fresh data key (a one-key Tink keyset, AES-256-GCM). The
 * record is encrypted with it; the data key is then encrypted with the sources keyset's primary key
 * ({@link TinkProtoKeysetFormat#serializeEncryptedKeyset}) — "encrypt a per-record DEK with the
 * keyset AEAD", not Tink's {@code KmsEnvelopeAead}, so the wrapped key is its own column and rotation
 * needs no format parsing. Both encryptions take associated data naming the record
 * ({@code source/<id>}, {@code source/<id>/protection/<uuid>}): a ciphertext or a wrapped key moved
 * to another row does not decrypt.
 *
 * <p><b>Rotation.</b> The keyset may hold several keys; Tink's ciphertexts start with the id of
 * the key that made them, so records under an older key still open while the primary is new.
 * {@link Sealer#rotate} re-encrypts those records under the primary; then the old key can go.
 * The live keyset can be {@linkplain #replace replaced} without a restart.
 */
public final class SealingKeys {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final byte[] DATA = "tocsin/sealed/v1/data:".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY = "tocsin/sealed/v1/key:".getBytes(StandardCharsets.UTF_8);

    private record Live(KeysetHandle keyset, Aead aead, long primary) {}

    private volatile Live live;

    public SealingKeys(KeysetHandle keyset) {
        this.live = live(keyset);
    }

    /** Swaps in another keyset (after a new primary was added); records sealed before still open if their key is kept. */
    public synchronized void replace(KeysetHandle keyset) {
        this.live = live(keyset);
    }

    public long primaryKeyId() { return live.primary; }

    /** Ids of every enabled key in the keyset (unsigned), primary first. */
    public List<Long> keyIds() { return keyIds(live.keyset); }

    public KeysetHandle keyset() { return live.keyset; }

    Envelope seal(byte[] plaintext, String ref) {
        Live now = live;
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] ciphertext = dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class).encrypt(plaintext, aad(DATA, ref));
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, now.aead, aad(KEY, ref));
            return new Envelope(ciphertext, wrapped, now.primary);
        } catch (GeneralSecurityException e) {
            throw new TocsinException("Could not seal " + ref, e);
        }
    }

    byte[] open(Envelope envelope, String ref) {
        try {
            KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(envelope.wrappedKey(), live.aead, aad(KEY, ref));
            return dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class).decrypt(envelope.ciphertext(), aad(DATA, ref));
        } catch (GeneralSecurityException e) {
            // Tink's message says only that decryption failed; the cause is left out on purpose
            throw new SealBroken(ref);
        }
    }

    private static byte[] aad(byte[] purpose, String ref) {
        byte[] r = ref.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[purpose.length + r.length];
        System.arraycopy(purpose, 0, out, 0, purpose.length);
        System.arraycopy(r, 0, out, purpose.length, r.length);
        return out;
    }

    private static Live live(KeysetHandle keyset) {
        try {
            return new Live(keyset, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    Integer.toUnsignedLong(keyset.getPrimary().getId()));
        } catch (GeneralSecurityException e) {
            throw new TocsinException("The sources keyset is not an AEAD keyset with an enabled primary key", e);
        }
    }

    // ---- keysets -------------------------------------------------------------------------------

    /** A new keyset with one AES-256-GCM key. */
    public static KeysetHandle generate() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new TocsinException("Could not generate a sources keyset", e);
        }
    }

    /** The same keyset plus a new AES-256-GCM key, made primary; the old keys stay enabled for reading. */
    public static KeysetHandle withNewPrimary(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new TocsinException("Could not add a key to the sources keyset", e);
        }
    }

    /** The keyset reduced to its primary: the last step of a rotation, once no record uses the others. */
    public static KeysetHandle primaryOnly(KeysetHandle keyset) {
        try {
            var b = KeysetHandle.newBuilder(keyset);
            for (int i = b.size() - 1; i >= 0; i--) {
                if (!b.getAt(i).isPrimary()) b.deleteAt(i);
            }
            return b.build();
        } catch (GeneralSecurityException e) {
            throw new TocsinException("Could not reduce the sources keyset", e);
        }
    }

    static List<Long> keyIds(KeysetHandle keyset) {
        List<Long> ids = new ArrayList<>();
        ids.add(Integer.toUnsignedLong(keyset.getPrimary().getId()));
        for (int i = 0; i < keyset.size(); i++) {
            var e = keyset.getAt(i);
            if (!e.isPrimary() && e.getStatus() == KeyStatus.ENABLED) ids.add(Integer.toUnsignedLong(e.getId()));
        }
        return ids;
    }

    /**
     * Reads a keyset in Tink's JSON format. On failure the message says where it came from, never
     * what the parser saw: a parser may quote the input, and the input is key material.
     */
    public static KeysetHandle parseJson(String json, String origin) {
        try {
            KeysetHandle k = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            live(k);
            return k;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new TocsinException("The sources keyset from " + origin + " is not a Tink AEAD keyset in JSON"
                    + " (a file written by Tocsin or by tinkey with --out-format json)");
        }
    }

    /** The keyset in Tink's JSON format, cleartext: for a file with mode 600 or a secret store, nowhere else. */
    public static String toJson(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new TocsinException("Could not write the sources keyset", e);
        }
    }
}
