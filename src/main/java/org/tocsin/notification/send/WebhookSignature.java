package org.tocsin.notification.send;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The webhook signature: {@code sha256=} and the hex HMAC-SHA256, under the shared secret, of the
 * timestamp (Unix seconds, as sent in {@code X-Tocsin-Timestamp}), a full stop and the exact body
 * bytes. Signing the timestamp with the body lets a receiver refuse old requests replayed by someone
 * who captured one. Receivers verify as in docs/notifications.md.
 */
public final class WebhookSignature {

    public static final String SCHEME = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param secret at least 16 bytes; never logged or echoed by this class */
    public WebhookSignature(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 16) throw new IllegalArgumentException("a webhook secret needs at least 16 bytes");
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public static WebhookSignature of(String secret) { return new WebhookSignature(secret.getBytes(StandardCharsets.UTF_8)); }

    /** The header value for a body sent at {@code timestamp}. */
    public String sign(long timestamp, byte[] body) {
        return SCHEME + HexFormat.of().formatHex(mac(timestamp, body));
    }

    /** Whether {@code header} is this secret's signature of the body at the timestamp (compared in constant time). */
    public boolean verifies(String header, long timestamp, byte[] body) {
        if (header == null || !header.startsWith(SCHEME)) return false;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(SCHEME.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(timestamp, body));
    }

    private byte[] mac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() { return "WebhookSignature[secret hidden]"; }
}
