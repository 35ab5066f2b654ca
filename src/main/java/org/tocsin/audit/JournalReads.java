package org.tocsin.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Journals "viewed by whom" events without slowing the read that causes them: {@link #record}
 * only puts the event in a queue; a background writer appends what has gathered every
 * {@code interval} (200 ms by default) or every {@code batchSize} events (500), in one transaction
 * and under one lock, so a thousand readers cost the journal two appends, not a thousand.
 *
 * <p><b>What a crash can lose.</b> Views recorded in the last interval before the process dies
 * (at most a few hundred milliseconds of them); {@link #close} on an orderly shutdown writes
 * everything. This is a deliberate trade: a durable inbox would put one synchronous commit on every
 * read, the cost this class exists to avoid, and a view is the weakest kind of evidence the journal
 * holds — receipts, deliveries, acknowledgements and decisions are journaled in their own
 * transactions and are never lost. While the store is unreachable the queue keeps up to
 * {@code capacity} events and retries; beyond that new views are counted in {@link #dropped} (and
 * logged) rather than blocking readers.
 */
public final class JournalReads implements AutoCloseable {

    private static final System.Logger log = System.getLogger(JournalReads.class.getName());

    private final Journal journal;
    private final Duration interval;
    private final int batchSize;
    private final BlockingQueue<JournalEvent> queue;
    private final Thread writer;
    private final AtomicLong dropped = new AtomicLong();
    private final Object progress = new Object();
    private long accepted;
    private long written;
    private volatile boolean open = true;
    /** Put in the queue by {@link #close} to wake a writer waiting for more events; never journaled. */
    private static final JournalEvent WAKE = new JournalEvent("journal.wake", java.time.Instant.EPOCH, "system", null, "wake", null);

    public JournalReads(Journal journal) {
        this(journal, Duration.ofMillis(200), 500, 100_000);
    }

    public JournalReads(Journal journal, Duration interval, int batchSize, int capacity) {
        this.journal = journal;
        this.interval = interval;
        this.batchSize = batchSize;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.writer = Thread.ofPlatform().name("journal-reads").daemon(true).unstarted(this::run);
        writer.start();
    }

    /**
     * Queues the event for the journal; returns at once. False when it could not be queued (see {@link #dropped}).
     *
     * @throws IllegalArgumentException when the event can never be journaled (checked here, not in the background)
     */
    public boolean record(JournalEvent event) {
        JournalEntry.check(event);
        if (!open) return drop();
        synchronized (progress) {
            if (!queue.offer(event)) return drop();
            accepted++;
        }
        return true;
    }

    private boolean drop() {
        if (dropped.incrementAndGet() % 1000 == 1) {
            log.log(System.Logger.Level.ERROR, "Journal read queue full or closed: {0} view events dropped so far", dropped.get());
        }
        return false;
    }

    /** Events that could not be queued (the store was unreachable for long, or the queue was closed). */
    public long dropped() { return dropped.get(); }

    /** Waits until every event recorded before this call is in the journal. */
    public void flush(Duration timeout) throws InterruptedException {
        long target;
        synchronized (progress) {
            target = accepted;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new IllegalStateException("journal reads not written within " + timeout);
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
    }

    private void run() {
        List<JournalEvent> batch = new ArrayList<>(batchSize);
        long retryMillis = 0;
        while (open || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) gather(batch);
                if (batch.isEmpty()) continue;
                journal.appendAll(List.copyOf(batch));
                synchronized (progress) {
                    written += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
                retryMillis = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IllegalArgumentException e) {
                // cannot happen for checked events; never let one bad batch block the queue for good
                log.log(System.Logger.Level.ERROR, "Dropping " + batch.size() + " view events the journal refused", e);
                dropped.addAndGet(batch.size());
                synchronized (progress) {
                    written += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
            } catch (RuntimeException e) {
                // the store is unreachable or refused the batch: keep it and try again, backing off
                retryMillis = Math.min(30_000, Math.max(500, retryMillis * 2));
                log.log(System.Logger.Level.WARNING, "Could not journal " + batch.size() + " view events; retrying in "
                        + retryMillis + " ms", e);
                if (!open && retryMillis >= 4_000) {
                    log.log(System.Logger.Level.ERROR, "Giving up on " + (batch.size() + queue.size())
                            + " view events at shutdown: the journal is unreachable");
                    return;
                }
                try {
                    Thread.sleep(retryMillis);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits for the first event, then gathers more for up to {@code interval} or until the batch is full. */
    private void gather(List<JournalEvent> batch) throws InterruptedException {
        JournalEvent first = queue.poll(interval.toNanos(), TimeUnit.NANOSECONDS);
        if (first == null || first == WAKE) return;
        batch.add(first);
        long deadline = System.nanoTime() + interval.toNanos();
        while (batch.size() < batchSize && open) {
            long left = deadline - System.nanoTime();
            if (left <= 0) break;
            JournalEvent next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null || next == WAKE) break;
            batch.add(next);
        }
        queue.drainTo(batch, batchSize - batch.size());
        batch.removeIf(e -> e == WAKE);
    }

    /** Stops taking events and writes everything queued before returning (waits up to 30 s). */
    @Override
    public void close() {
        // no interrupt: it could land inside a JDBC call; the writer notices within one interval
        open = false;
        queue.offer(WAKE); // a writer waiting (up to an interval) for more events gathers what it has and writes it now
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
