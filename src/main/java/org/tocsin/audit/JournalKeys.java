package org.tocsin.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys for journal checkpoints, with nothing but the JDK: PEM files (PKCS#8 for the private
 * key, as {@code openssl genpkey -algorithm ed25519} writes it; X.509 SubjectPublicKeyInfo for the
 * public key), key ids, and signature checks.
 */
public final class JournalKeys {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]*)-----END \\1-----");

    private JournalKeys() {}

    /**
     * The fingerprint that names a public key in checkpoints: {@code ed25519:} and the first 32 hex
     * digits of SHA-256 over its X.509 encoding ({@code openssl pkey -pubin -outform DER | sha256sum}).
     */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "ed25519:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** True when {@code checkpoint}'s signature is {@code key}'s over its signed text. */
    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        try {
            byte[] signature = Base64.getDecoder().decode(checkpoint.signature());
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(key);
            v.update(checkpoint.signedBytes());
            return v.verify(signature);
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return false; // not base64, or not a well-formed signature: simply not valid
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by every JDK 15+", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a journal checkpoint", e);
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by every JDK 15+", e);
        }
    }

    /** Reads a public key from PEM text ({@code -----BEGIN PUBLIC KEY-----}). */
    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static PublicKey readPublicKey(Path file) throws IOException {
        return publicKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /**
     * Reads a private key from PEM text ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8) and derives
     * its public key: an Ed25519 private key is a 32-byte seed from which the generator makes the pair.
     */
    public static KeyPair keyPair(String pem) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
            byte[] seed = ((EdECPrivateKey) key).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the private key's bytes are not available"));
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new Seed(seed));
            KeyPair pair = g.generateKeyPair();
            return new KeyPair(pair.getPublic(), key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8", e);
        }
    }

    public static String pem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals(type)) return Base64.getMimeDecoder().decode(m.group(2).strip());
            if (m.group(1).equals("ENCRYPTED PRIVATE KEY")) {
                throw new IllegalArgumentException("the key file is encrypted; give Tocsin an unencrypted PKCS#8 file "
                        + "(openssl pkcs8 -in key.pem -out plain.pem) protected by file permissions");
            }
        }
        throw new IllegalArgumentException("no '-----BEGIN " + type + "-----' block found");
    }

    /** The private key in {@code privateFile}, or a new one written there (mode 600) with its public key beside it. */
    public static Stored loadOrCreate(Path privateFile, Path publicFile) throws IOException {
        if (!Files.exists(privateFile)) {
            KeyPair pair = generate();
            Files.createDirectories(privateFile.toAbsolutePath().getParent());
            try {
                writeSecret(privateFile, pem(pair.getPrivate()));
                Files.writeString(publicFile, pem(pair.getPublic()), StandardCharsets.US_ASCII);
                return new Stored(pair, true);
            } catch (FileAlreadyExistsException raced) {
                // another process created it between our check and our write: use theirs
            }
        }
        KeyPair pair = keyPair(Files.readString(privateFile, StandardCharsets.US_ASCII));
        if (!Files.exists(publicFile)) Files.writeString(publicFile, pem(pair.getPublic()), StandardCharsets.US_ASCII);
        return new Stored(pair, false);
    }

    public static KeyPair load(Path privateFile) throws IOException {
        return keyPair(Files.readString(privateFile, StandardCharsets.US_ASCII));
    }

    /** A key pair from a file, and whether it was created just now. */
    public record Stored(KeyPair pair, boolean created) {}

    private static void writeSecret(Path file, String text) throws IOException {
        try {
            // created with mode 600 from the start: never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    /** Hands the generator a fixed seed, so it rebuilds the key pair of a stored private key. */
    private static final class Seed extends SecureRandom {
        private final byte[] seed;

        Seed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) throw new IllegalStateException("unexpected seed request");
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
