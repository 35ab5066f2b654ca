package org.tocsin.escalation;

import org.tocsin.access.Person;

import java.util.Optional;

/**
 * Whom a policy level addresses, written {@code person:<id>}, {@code position:<name>} (resolved to
 * whoever holds it in the situation at the time) or {@code group:<id>} (expanded to its members).
 */
public sealed interface RecipientRef {

    record ToPerson(String id) implements RecipientRef {
        @Override public String wire() { return "person:" + id; }
    }

    record ToPosition(String position) implements RecipientRef {
        @Override public String wire() { return "position:" + position; }
    }

    record ToGroup(String id) implements RecipientRef {
        @Override public String wire() { return "group:" + id; }
    }

    String wire();

    static Optional<RecipientRef> parse(String text) {
        if (text == null) return Optional.empty();
        int colon = text.indexOf(':');
        if (colon < 0) return Optional.empty();
        String kind = text.substring(0, colon);
        String id = text.substring(colon + 1);
        if (!Person.validId(id)) return Optional.empty();
        return switch (kind) {
            case "person" -> Optional.of(new ToPerson(id));
            case "position" -> Optional.of(new ToPosition(id));
            case "group" -> Optional.of(new ToGroup(id));
            default -> Optional.empty();
        };
    }
}
