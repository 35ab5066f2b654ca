package org.tocsin.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's reading of the situation an alert concerns — a field commander's, a political
 * envoy's. In 1994 staff passed on the more reassuring of two; here every assessment attached to an
 * alert travels with it, together, to every recipient of every notification.
 *
 * @param role   the author's standpoint as they state it, e.g. "Force Commander"
 * @param view   the severity the author judges right, or null when they do not say
 */
public record Assessment(String id, String author, String role, String text, Severity view, Instant attachedAt) {
    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attachedAt, "attachedAt");
    }
}
