package org.tocsin.escalation;

import org.tocsin.common.Transactions;

import java.time.Instant;

/**
 * Fires due deadlines, each in its own short transaction: claim one due deadline (skipping any
 * another worker holds), apply it to its alert, mark it fired, commit. Because the claim, the change
 * and the mark commit together, a deadline fires exactly once however many workers share the
 * database, and one that came due while every worker was down fires on the next run.
 */
public final class EscalationWorker {

    private final Transactions transactions;
    private final DeadlineStore deadlines;
    private final AlertService alerts;
    private final String instance;
    private final int maxPerRun;

    public EscalationWorker(Transactions transactions, DeadlineStore deadlines, AlertService alerts, String instance, int maxPerRun) {
        this.transactions = transactions;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.instance = instance;
        this.maxPerRun = maxPerRun;
    }

    public String instance() { return instance; }

    /** Fires every deadline due at {@code now} (at most {@code maxPerRun}); returns how many fired. */
    public int runDue(Instant now) {
        int fired = 0;
        while (fired < maxPerRun) {
            boolean one = transactions.inTransaction(tx -> deadlines.claimDue(now).map(d -> {
                DeadlineRule.Due due = alerts.onDeadline(d, now, instance);
                deadlines.markFired(d.id(), now, instance, DeadlineRule.name(due));
                return true;
            }).orElse(false));
            if (!one) break;
            fired++;
        }
        return fired;
    }
}
