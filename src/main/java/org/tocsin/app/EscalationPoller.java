package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.tocsin.escalation.EscalationWorker;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the escalation worker every poll interval, starting as soon as the application has started:
 * deadlines that came due while Tocsin was down fire on the first run. Several instances may run it
 * against one database; the worker's claims keep each deadline to one firing.
 */
final class EscalationPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EscalationPoller.class);

    private final EscalationWorker worker;
    private final org.tocsin.escalation.ProtectionOverdueWatch protection;
    private final Clock clock;
    private final Duration interval;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    EscalationPoller(EscalationWorker worker, org.tocsin.escalation.ProtectionOverdueWatch protection, Clock clock, Duration interval,
                     boolean enabled) {
        this.worker = worker;
        this.protection = protection;
        this.clock = clock;
        this.interval = interval;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (!enabled || executor != null) return;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tocsin-escalation-worker");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Escalation worker {} polls every {}", worker.instance(), interval);
    }

    private void poll() {
        try {
            int fired = worker.runDue(clock.instant());
            if (fired > 0) log.info("Escalation worker fired {} deadline(s)", fired);
            int overdue = protection == null ? 0 : protection.check(clock.instant());
            if (overdue > 0) log.info("{} overdue source protection request(s) raised an alert", overdue);
        } catch (RuntimeException e) {
            // the transaction rolled back: the deadline stays due and is retried on the next poll
            log.error("Escalation worker run failed; will retry", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) return;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() { return executor != null; }

    /** Stop before the data source closes (default phase is the last to start, the first to stop). */
    @Override
    public int getPhase() { return Integer.MAX_VALUE - 100; }
}
