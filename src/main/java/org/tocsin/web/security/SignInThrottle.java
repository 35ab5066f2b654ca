package org.tocsin.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address, in a sliding window: beyond {@link #LIMIT} in
 * {@link #WINDOW}, the address is refused before any password is checked. This slows guessing across
 * many accounts from one place (per-account lockout, in {@code AccountService}, covers one account
 * from many places). Kept in memory: a restart forgets it, which costs an attacker a restart they
 * cannot cause.
 */
final class SignInThrottle {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean allowed(String address) {
        Deque<Instant> q = failures.get(address);
        if (q == null) return true;
        synchronized (q) {
            prune(q, clock.instant());
            return q.size() < LIMIT;
        }
    }

    void failed(String address) {
        if (failures.size() > MAX_ADDRESSES) failures.clear(); // a flood of addresses: start over rather than grow without bound
        Deque<Instant> q = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (q) {
            Instant now = clock.instant();
            prune(q, now);
            q.addLast(now);
        }
    }

    void succeeded(String address) { failures.remove(address); }

    private static void prune(Deque<Instant> q, Instant now) {
        while (!q.isEmpty() && q.peekFirst().isBefore(now.minus(WINDOW))) q.removeFirst();
    }
}
