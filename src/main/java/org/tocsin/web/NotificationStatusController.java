package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.notification.OutboxStore;
import org.tocsin.notification.OutboxWorker;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The notification outbox in numbers, for monitoring: how many wait, how many are due, how many are
 * dead letters. Counts only — no addresses, subjects or contents, which carry the alerts' labels.
 */
@RestController
@Tag(name = "Notifications")
class NotificationStatusController {

    private final OutboxStore store;
    private final OutboxWorker worker;
    private final Clock clock;

    NotificationStatusController(OutboxStore store, OutboxWorker worker, Clock clock) {
        this.store = store;
        this.worker = worker;
        this.clock = clock;
    }

    @Operation(summary = "Outbox counts: waiting, due, dead letters",
            description = "waiting: unsent notifications not given up on; due: of those, due now (a growing number means the "
                    + "sender is behind or a channel is not configured); dead_letters: given up on, kept unsent with their "
                    + "last error; channels: the channels this instance delivers.")
    @Requires(value = Permission.OPERATIONS_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/notifications/outbox")
    Map<String, Object> status() {
        OutboxStore.Status s = store.status(clock.instant());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("waiting", s.waiting());
        m.put("due", s.due());
        m.put("dead_letters", s.deadLetters());
        m.put("oldest_due_at", s.oldestDue() == null ? null : s.oldestDue().toString());
        m.put("channels", worker.channels().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList());
        return m;
    }
}
