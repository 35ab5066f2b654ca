package org.tocsin.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;

/**
 * Delivers what the outbox holds. One run claims a batch of due notifications (a short statement
 * that leases them to this worker), sends them concurrently on virtual threads — the claim's
 * transaction is already committed, so no lock is held while a receiver is slow — and records each
 * outcome in its own statement: sent, retry later with backoff, or dead letter.
 *
 * <p>Guarantees: at least once (a worker that dies between sending and recording leaves the row to be
 * claimed again when its lease ends, and the receiver drops the repeat by its idempotency key);
 * one claim at a time per row however many workers share the database (the claim skips locked rows
 * and pushes the row's next attempt past the lease), so without crashes each notification is sent
 * exactly once. Nothing is dropped: a notification the sender gives up on stays in the outbox as a
 * dead letter with its last error, and is reported in the run's {@link Report}.
 *
 * <p>Time: {@code runOnce(now)} does everything at {@code now}, advanced by the time the run itself
 * takes on the injected clock — so tests drive it with chosen instants and a fixed clock, and the
 * scheduled loop with the system clock.
 */
public final class OutboxWorker {

    /** A notification given up on in this run. */
    public record DeadLetter(long id, Notification.Channel channel, String recipient, String idempotencyKey, int attempts,
                             String error) {}

    /** What one run did. {@code failures} are outcomes that could not be recorded (the rows stay leased, then retry). */
    public record Report(int claimed, int sent, int retrying, List<DeadLetter> deadLettered, List<RuntimeException> failures) {
        public Report {
            deadLettered = List.copyOf(deadLettered);
            failures = List.copyOf(failures);
        }

        public static final Report NOTHING = new Report(0, 0, 0, List.of(), List.of());
    }

    /**
     * @param batchSize   how many rows one run claims at most
     * @param concurrency how many sends of one run are in flight at once
     * @param lease       how long a claim keeps other workers off a row: longer than the slowest send
     *                    (the channels' timeouts), or a slow send is repeated by another worker
     */
    public record Settings(int batchSize, int concurrency, Duration lease) {
        public static final Settings DEFAULT = new Settings(100, 16, Duration.ofMinutes(2));

        public Settings {
            if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
            if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1");
            Objects.requireNonNull(lease, "lease");
            if (lease.isNegative() || lease.isZero()) throw new IllegalArgumentException("lease must be positive");
        }
    }

    private sealed interface Outcome {
        record Sent() implements Outcome {}

        record Retrying() implements Outcome {}

        record Dead(DeadLetter letter) implements Outcome {}

        record Unrecorded(RuntimeException cause) implements Outcome {}
    }

    private final OutboxStore store;
    private final Map<Notification.Channel, ChannelSender> senders;
    private final RetryPolicy retry;
    private final Settings settings;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * @param senders one per channel this worker delivers; rows of other channels wait in the outbox
     *                (e-mail without an SMTP server, for instance) and are never claimed here
     * @param random  picks the jitter; only the calling thread of {@link #runOnce} uses it
     */
    public OutboxWorker(OutboxStore store, List<ChannelSender> senders, RetryPolicy retry, Settings settings, Clock clock,
                        RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        Map<Notification.Channel, ChannelSender> bySender = new EnumMap<>(Notification.Channel.class);
        for (ChannelSender s : senders) {
            if (bySender.put(s.channel(), s) != null) throw new IllegalArgumentException("two senders for " + s.channel());
        }
        this.senders = Map.copyOf(bySender);
    }

    /** The channels this worker delivers. */
    public Set<Notification.Channel> channels() { return senders.keySet(); }

    public Settings settings() { return settings; }

    public RetryPolicy retryPolicy() { return retry; }

    /** Claims the due notifications (at most a batch) and delivers them; a full batch means more may be due. */
    public Report runOnce(Instant now) {
        if (senders.isEmpty()) return Report.NOTHING;
        Instant started = clock.instant();
        List<OutboxStore.Claimed> claimed = store.claimDue(now, senders.keySet(), settings.batchSize(), now.plus(settings.lease()));
        if (claimed.isEmpty()) return Report.NOTHING;

        List<Future<Outcome>> futures = new ArrayList<>(claimed.size());
        Semaphore inFlight = new Semaphore(settings.concurrency());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (OutboxStore.Claimed c : claimed) {
                double jitter = random.nextDouble();
                futures.add(threads.submit(() -> {
                    inFlight.acquire();
                    try {
                        return deliver(c, now, started, jitter);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        } // waits for every send and its record

        int sent = 0;
        int retrying = 0;
        List<DeadLetter> dead = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            switch (outcome(f)) {
                case Outcome.Sent s -> sent++;
                case Outcome.Retrying r -> retrying++;
                case Outcome.Dead d -> dead.add(d.letter());
                case Outcome.Unrecorded u -> failures.add(u.cause());
            }
        }
        return new Report(claimed.size(), sent, retrying, dead, failures);
    }

    private Outcome deliver(OutboxStore.Claimed c, Instant now, Instant started, double jitter) {
        try {
            if (c.attempt() > retry.maxAttempts()) {
                // claimed again after its last permitted attempt left no outcome (a crash, or a send that
                // outlived its lease): give up rather than loop on something that may be killing workers
                return dead(c, at(now, started), "no outcome was recorded for attempt " + (c.attempt() - 1)
                        + " (worker stopped or lease expired); not attempted again");
            }
            ChannelSender sender = senders.get(c.notification().channel());
            SendResult result;
            try {
                result = sender.send(c.notification());
            } catch (RuntimeException e) {
                result = new SendResult.Retry("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            Instant at = at(now, started);
            return switch (result) {
                case SendResult.Sent s -> {
                    store.markSent(c.id(), at);
                    yield new Outcome.Sent();
                }
                case SendResult.Failed f -> dead(c, at, f.error());
                case SendResult.Retry r when !retry.mayRetryAfter(c.attempt()) ->
                        dead(c, at, r.error() + " (gave up after " + c.attempt() + " attempts)");
                case SendResult.Retry r -> {
                    Duration wait = retry.delayAfter(c.attempt(), jitter);
                    // a receiver's Retry-After is honoured, but never beyond the policy's cap
                    if (r.notBefore() != null && r.notBefore().compareTo(wait) > 0) {
                        wait = r.notBefore().compareTo(retry.cap()) > 0 ? retry.cap() : r.notBefore();
                    }
                    store.scheduleRetry(c.id(), c.attempt(), at.plus(wait), r.error());
                    yield new Outcome.Retrying();
                }
            };
        } catch (RuntimeException e) {
            return new Outcome.Unrecorded(e);
        }
    }

    private Outcome dead(OutboxStore.Claimed c, Instant at, String error) {
        // false: a newer claim owns the row (this send outlived its lease); that claim decides its fate
        if (!store.markDead(c.id(), c.attempt(), at, error)) return new Outcome.Retrying();
        Notification n = c.notification();
        return new Outcome.Dead(new DeadLetter(c.id(), n.channel(), n.recipient(), n.idempotencyKey(), c.attempt(), error));
    }

    /** {@code now} advanced by how long this run has taken so far on the injected clock. */
    private Instant at(Instant now, Instant started) {
        Duration elapsed = Duration.between(started, clock.instant());
        return elapsed.isNegative() ? now : now.plus(elapsed);
    }

    private static Outcome outcome(Future<Outcome> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // deliver() catches RuntimeExceptions itself; anything else is an Error and must not be hidden
            if (e.getCause() instanceof Error error) throw error;
            return new Outcome.Unrecorded(new IllegalStateException("send task failed", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unrecorded(new IllegalStateException("interrupted while waiting for a send", e));
        }
    }
}
