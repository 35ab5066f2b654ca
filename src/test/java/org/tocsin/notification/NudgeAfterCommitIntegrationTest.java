package org.tocsin.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tocsin.app.NudgingOutbox;
import org.tocsin.support.IntegrationTest;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender is woken when, and only when, the transaction that wrote to the outbox commits. */
class NudgeAfterCommitIntegrationTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Outbox applicationOutbox;

    final AtomicInteger nudges = new AtomicInteger();
    final Outbox outbox = new NudgingOutbox(Outbox.NONE, () -> nudges::incrementAndGet);

    static Notification n(int i) {
        return new Notification(Notification.Channel.WEBHOOK, "p", "https://example.org/hook", "s", "b", Map.of(), "nudge:" + i, null,
                Instant.parse("2031-01-01T00:00:00Z"));
    }

    @Test
    void aCommittedTransactionNudgesTheSenderOnceAfterItsCommitHoweverManyNotificationsItWrote() {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            outbox.enqueue(n(1));
            outbox.enqueue(n(2));
            outbox.enqueue(n(3));
            assertThat(nudges).as("before the commit the sender could not see the rows").hasValue(0);
        });

        assertThat(nudges).hasValue(1);
    }

    @Test
    void aRolledBackTransactionDoesNotNudge() {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            outbox.enqueue(n(4));
            tx.setRollbackOnly();
        });

        assertThat(nudges).hasValue(0);
    }

    @Test
    void outsideATransactionTheRowIsAlreadyCommittedSoTheNudgeIsImmediate() {
        outbox.enqueue(n(5));

        assertThat(nudges).hasValue(1);
    }

    @Test
    void theApplicationsOutboxIsTheNudgingOne() {
        assertThat(applicationOutbox).isInstanceOf(NudgingOutbox.class);
    }
}
