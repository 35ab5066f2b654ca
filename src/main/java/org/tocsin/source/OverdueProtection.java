package org.tocsin.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A protection request past its deadline and not closed: what escalation needs to raise and route
 * an alert, and nothing sealed. {@link #subject()} is stable per request, for de-duplication; the
 * request leaves {@link ProtectionRequests#overdue} once it is done or failed.
 *
 * @param handlers the source's active handlers: with the owner, the first people to notify
 */
public record OverdueProtection(UUID request, SourceId source, Pseudonym pseudonym, String owner, List<String> handlers,
                                Instant deadline, ProtectionStatus status, Instant requestedAt, String situation) {
    public OverdueProtection {
        handlers = List.copyOf(handlers);
    }

    /** {@code protection:<uuid>}: the journal's and an alert's name for this obligation. */
    public String subject() { return "protection:" + request; }

    public Duration overdueBy(Instant now) { return Duration.between(deadline, now); }
}
