package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.tocsin.notification.OutboxNudger;
import org.tocsin.notification.OutboxStore;
import org.tocsin.notification.OutboxWorker;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the outbox worker on a virtual thread: every poll interval, at once when nudged (a committed
 * transaction wrote to the outbox), and again straight away while runs come back with full batches.
 * Notifications that came due while Tocsin was down go out on the first run. Several instances may
 * share a database; the worker's claims keep each row to one sender at a time.
 */
final class NotificationPoller implements SmartLifecycle, OutboxNudger {

    private static final Logger log = LoggerFactory.getLogger(NotificationPoller.class);

    private final OutboxWorker worker;
    private final OutboxStore store;
    private final Clock clock;
    private final Duration interval;
    private final boolean enabled;
    /** At most one permit: nudges while a run is under way coalesce into one more run. */
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    NotificationPoller(OutboxWorker worker, OutboxStore store, Clock clock, Duration interval, boolean enabled) {
        this.worker = worker;
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.enabled = enabled;
    }

    @Override
    public void nudge() {
        if (running && wake.availablePermits() == 0) wake.release();
    }

    @Override
    public synchronized void start() {
        if (thread != null) return;
        if (!enabled) {
            log.info("Notification sender disabled on this instance (tocsin.notifications.worker.enabled=false): notifications wait in the outbox");
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("tocsin-notification-sender").start(this::loop);
        log.info("Notification sender delivers {} every {} and when nudged", worker.channels().isEmpty() ? "nothing" : worker.channels(), interval);
        long dead = store.deadLetterCount();
        if (dead > 0) log.warn("The notification outbox holds {} dead letter(s): notifications given up on, kept with their last error", dead);
    }

    private void loop() {
        while (running) {
            boolean more = false;
            try {
                OutboxWorker.Report r = worker.runOnce(clock.instant());
                report(r);
                more = r.claimed() >= worker.settings().batchSize();
            } catch (RuntimeException e) {
                // nothing is lost: claimed rows come due again when their lease ends
                log.error("Notification sender run failed; will retry", e);
            }
            if (more) continue;
            try {
                if (wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) wake.drainPermits();
            } catch (InterruptedException e) {
                if (!running) return;
            }
        }
    }

    private void report(OutboxWorker.Report r) {
        if (r.claimed() == 0) return;
        log.debug("Notification sender: {} claimed, {} sent, {} to retry, {} dead letters", r.claimed(), r.sent(), r.retrying(),
                r.deadLettered().size());
        if (r.retrying() > 0) log.info("{} notification(s) could not be delivered yet and will be retried", r.retrying());
        for (OutboxWorker.DeadLetter d : r.deadLettered()) {
            // recipient ids and keys only: addresses and contents stay in the outbox, under their labels
            log.warn("Notification {} ({} to {}, key {}) is a dead letter after {} attempt(s): {}", d.id(),
                    d.channel().name().toLowerCase(Locale.ROOT), d.recipient(), d.idempotencyKey(), d.attempts(), d.error());
        }
        if (!r.deadLettered().isEmpty()) log.warn("The notification outbox holds {} dead letter(s)", store.deadLetterCount());
        for (RuntimeException e : r.failures()) log.error("Could not record a notification's outcome; it will be sent again after its lease", e);
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
            running = false;
        }
        if (t == null) return;
        wake.release();
        try {
            // let a run in progress finish and record its outcomes; interrupt it only if it will not
            t.join(Duration.ofSeconds(15));
            if (t.isAlive()) {
                t.interrupt();
                t.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() { return running; }

    /** Stop before the data source closes. */
    @Override
    public int getPhase() { return Integer.MAX_VALUE - 100; }
}
