package org.tocsin.escalation;

import org.tocsin.common.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns a source's overdue protection request into an alert on its situation's ladder, once: the
 * alert then escalates by the same deadlines as any other until someone acts (M5). The requests come
 * through {@link Requests} so that escalation does not depend on how sources are kept.
 */
public final class ProtectionOverdueWatch {

    /** One overdue request that names a situation and has raised no alert yet; nothing sealed. */
    public record Overdue(UUID request, String situation, String pseudonym, String owner, List<String> handlers, Instant deadline) {}

    public interface Requests {
        List<Overdue> overdueWithoutAlert(Instant now);

        /** False when an alert was recorded for it already. */
        boolean markAlerted(UUID request, long alert);
    }

    private final Requests requests;
    private final AlertService alerts;
    private final Transactions transactions;

    public ProtectionOverdueWatch(Requests requests, AlertService alerts, Transactions transactions) {
        this.requests = requests;
        this.alerts = alerts;
        this.transactions = transactions;
    }

    /** Raises the alerts due at {@code now}; returns how many. Safe to run from several instances at once. */
    public int check(Instant now) {
        int raised = 0;
        for (Overdue o : requests.overdueWithoutAlert(now)) {
            boolean done = transactions.inTransaction(tx -> {
                var r = alerts.raiseForProtectionOverdue(o.situation(), "protection:" + o.request(), o.pseudonym(), o.owner(),
                        o.handlers(), o.deadline(), now);
                if (!(r instanceof AlertService.Raise.Raised raisedAlert)) return false;
                if (!requests.markAlerted(o.request(), raisedAlert.alert().id())) {
                    tx.rollbackOnly();
                    return false;
                }
                return true;
            });
            if (done) raised++;
        }
        return raised;
    }
}
