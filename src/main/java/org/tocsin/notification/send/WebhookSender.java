package org.tocsin.notification.send;

import org.tocsin.notification.ChannelSender;
import org.tocsin.notification.Notification;
import org.tocsin.notification.SendResult;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivers webhook notifications: an HTTP POST of a JSON document (see {@link #document}) to the
 * person's URL, signed with HMAC-SHA256 ({@link WebhookSignature}) and carrying the idempotency key,
 * so a receiver can check who sent it and drop repeats.
 *
 * <p>Outcomes: 2xx is delivered; 408, 429, 5xx, timeouts and connection failures are retried (a
 * {@code Retry-After} is passed on); any other status — 4xx, and 3xx, because redirects are not
 * followed: a signed request must not be re-sent somewhere its sender did not choose — is refused
 * for good and the notification becomes a dead letter with the status in its error.
 */
public final class WebhookSender implements ChannelSender {

    public static final String SCHEMA = "tocsin.notification/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookSignature signature;
    private final Clock clock;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final WebhookTargets targets;

    /**
     * @param clock          the signature's timestamp; receivers compare it with their own clock
     * @param connectTimeout for establishing the connection
     * @param requestTimeout from sending the request until the response's status and headers arrive
     */
    public WebhookSender(WebhookSignature signature, Clock clock, Duration connectTimeout, Duration requestTimeout) {
        this(signature, clock, connectTimeout, requestTimeout, WebhookTargets.permissive());
    }

    public WebhookSender(WebhookSignature signature, Clock clock, Duration connectTimeout, Duration requestTimeout, WebhookTargets targets) {
        this.targets = Objects.requireNonNull(targets, "targets");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: every receiver speaks it, and no h2c upgrade dance on plain http
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Notification.Channel channel() { return Notification.Channel.WEBHOOK; }

    /**
     * The JSON document POSTed: {@code schema}, {@code idempotency_key}, {@code created_at},
     * {@code situation}, {@code recipient}, {@code subject}, {@code body}, and the notification's
     * structured {@code payload}. The same notification always gives the same bytes, on every retry.
     */
    public static byte[] document(Notification n) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("idempotency_key", n.idempotencyKey());
        doc.put("created_at", n.createdAt().toString());
        doc.put("situation", n.situation());
        doc.put("recipient", n.recipient());
        doc.put("subject", n.subject());
        doc.put("body", n.body());
        doc.put("payload", n.payload());
        return JSON.writeValueAsBytes(doc);
    }

    @Override
    public SendResult send(Notification n) {
        Optional<URI> target = target(n.address());
        if (target.isEmpty()) return new SendResult.Failed("the webhook address is not an absolute http(s) URL");
        Optional<String> refused = targets.refusal(target.get());
        if (refused.isPresent()) return new SendResult.Failed(refused.get());
        byte[] body = document(n);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target.get())
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Tocsin-Webhook/1")
                    .header("Idempotency-Key", n.idempotencyKey())
                    .header("X-Tocsin-Timestamp", Long.toString(timestamp))
                    .header("X-Tocsin-Signature", signature.sign(timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            // a header value (the idempotency key) or the URL that HTTP cannot carry: no retry will fix it
            return new SendResult.Failed("the request cannot be built: " + e.getMessage());
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // the status says all we need; the body is not read, so a receiver that trickles one
            // cannot hold this send (and the worker's batch) beyond the request timeout
            discard(response.body());
            return classify(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpTimeoutException e) {
            return new SendResult.Retry("timed out: " + e.getMessage());
        } catch (IOException e) {
            return new SendResult.Retry("could not reach the receiver: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Retry("interrupted while sending (shutting down)");
        }
    }

    /** 2xx delivered; 408, 429 and 5xx worth retrying; anything else refused for good. */
    SendResult classify(int status, String retryAfter) {
        String error = "HTTP " + status + " from the receiver";
        if (status >= 200 && status < 300) return SendResult.SENT;
        if (status == 408 || status == 429 || status >= 500 && status < 600) {
            return new SendResult.Retry(error, retryAfter(retryAfter).orElse(null));
        }
        if (status >= 300 && status < 400) return new SendResult.Failed(error + " (redirects are not followed: configure the final URL)");
        return new SendResult.Failed(error);
    }

    /** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
    Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Optional.empty() : Optional.of(d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<URI> target(String address) {
        try {
            URI uri = new URI(address.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) return Optional.empty();
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the status has arrived; a failure to release the connection changes nothing about it
        }
    }
}
