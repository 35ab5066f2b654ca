package org.tocsin.app;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tocsin.notification.Notification;
import org.tocsin.notification.Outbox;
import org.tocsin.notification.OutboxNudger;

import java.util.function.Supplier;

/**
 * The outbox, plus a nudge to the sender once the writing transaction has committed — not before:
 * until the commit the sender cannot see the rows, and after a rollback there is nothing to send. One
 * nudge per transaction however many notifications it wrote; outside a transaction the row is
 * already committed, so the nudge is immediate.
 */
public final class NudgingOutbox implements Outbox {

    private final Outbox delegate;
    private final Supplier<OutboxNudger> nudger;

    public NudgingOutbox(Outbox delegate, Supplier<OutboxNudger> nudger) {
        this.delegate = delegate;
        this.nudger = nudger;
    }

    @Override
    public void enqueue(Notification notification) {
        delegate.enqueue(notification);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            nudger.get().nudge();
            return;
        }
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(s -> s instanceof NudgeAfterCommit);
        if (!registered) TransactionSynchronizationManager.registerSynchronization(new NudgeAfterCommit());
    }

    private final class NudgeAfterCommit implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            nudger.get().nudge();
        }
    }
}
