package org.tocsin.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * When to try a failed delivery again: exponential backoff ({@code base × factor^(n−1)} after the
 * n-th failed attempt, at most {@code cap}), shortened by a random part of up to {@code jitter} of
 * itself so that receivers recovering from an outage are not hit by every sender in step. After
 * {@code maxAttempts} attempts the notification is a dead letter.
 *
 * <p>Jitter only ever shortens the wait, so a retry is due at the latest {@code base × factor^(n−1)}
 * (or {@code cap}) after the failure.
 */
public record RetryPolicy(Duration base, double factor, Duration cap, int maxAttempts, double jitter) {

    /** About three hours of retries: 2 s, 4 s, 8 s … then every 15 minutes, 20 attempts in all. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(15), 20, 0.2);

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero()) throw new IllegalArgumentException("base must be positive");
        if (cap.compareTo(base) < 0) throw new IllegalArgumentException("cap must be at least base");
        if (!(factor >= 1.0)) throw new IllegalArgumentException("factor must be at least 1");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        if (!(jitter >= 0.0 && jitter < 1.0)) throw new IllegalArgumentException("jitter must be in [0, 1)");
    }

    /** Whether a notification that has been attempted {@code attempts} times may be attempted again. */
    public boolean mayRetryAfter(int attempts) { return attempts < maxAttempts; }

    /**
     * The wait after the {@code attempt}-th failed attempt (1 for the first).
     *
     * @param random a number in [0, 1) that picks the jitter
     */
    public Duration delayAfter(int attempt, double random) {
        if (attempt < 1) throw new IllegalArgumentException("attempt counts from 1");
        if (!(random >= 0.0 && random < 1.0)) throw new IllegalArgumentException("random must be in [0, 1)");
        double millis = base.toMillis() * Math.pow(factor, attempt - 1);
        // pow overflows to infinity long before attempt 1000; min() brings it back to the cap
        long capped = (long) Math.min(millis, (double) cap.toMillis());
        return Duration.ofMillis(Math.round(capped * (1.0 - jitter * random)));
    }

    /** The longest wait after the {@code attempt}-th failure, without jitter. */
    public Duration maxDelayAfter(int attempt) { return delayAfter(attempt, 0.0); }
}
