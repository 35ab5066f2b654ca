package org.tocsin.intake;

import java.time.Instant;
import java.util.Objects;

/** When Tocsin learned of a signal, from whom, and through which channel. */
public record Receipt(Instant recordedAt, String submittedBy, Channel channel) {
    public Receipt {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(channel, "channel");
    }
}
