package org.tocsin.notification.cap;

import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One OASIS CAP 1.2 alert message, as Tocsin publishes it: the elements of {@code <alert>} with a
 * single {@code <info>} and a single {@code <area>}. Values are already CAP's; {@link CapMapping}
 * decides them from a Tocsin alert and {@link CapRenderer} writes them.
 *
 * @param label      the distribution label, which decides {@code scope}: only CLEAR (Public) and
 *                   GREEN (Restricted) can be expressed; the constructor refuses anything narrower
 * @param references earlier messages this one updates or cancels ({@code sender,identifier,sent}), or null
 */
public record CapMessage(String identifier, String sender, Instant sent, Status status, MsgType msgType, Tlp label,
                         String references, String note, Info info) {

    public enum Status { Actual, Exercise, System, Test, Draft }

    public enum MsgType { Alert, Update, Cancel }

    public enum Scope { Public, Restricted }

    public enum Category { Security, Safety }

    public enum Urgency { Immediate, Expected, Future, Past, Unknown }

    public enum Severity { Extreme, Severe, Moderate, Minor, Unknown }

    public enum Certainty { Observed, Likely, Possible, Unlikely, Unknown }

    /**
     * @param parameters name → value, in order ({@code <parameter>})
     */
    public record Info(List<Category> categories, String event, Urgency urgency, Severity severity, Certainty certainty,
                       String senderName, String headline, String description, Map<String, String> parameters, Area area) {
        public Info {
            categories = List.copyOf(categories);
            if (categories.isEmpty()) throw new IllegalArgumentException("CAP needs at least one category");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(urgency, "urgency");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(certainty, "certainty");
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            Objects.requireNonNull(area, "area");
        }
    }

    /**
     * @param polygon CAP polygon text ({@code lat,lon} pairs, first equal to last), or null
     * @param country ISO 3166-1 alpha-2 code, written as a geocode, or null
     */
    public record Area(String description, String polygon, String country) {
        public Area {
            Objects.requireNonNull(description, "description");
        }
    }

    public CapMessage {
        requireToken(identifier, "identifier");
        requireToken(sender, "sender");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(label, "label");
        scopeOf(label); // refuses AMBER, AMBER+STRICT and RED
        Objects.requireNonNull(info, "info");
    }

    public Scope scope() { return scopeOf(label); }

    /** CAP's {@code restriction} text for a restricted message, else null. */
    public String restriction() {
        return label == Tlp.GREEN ? label.label() + ": " + label.meaning() + ". Share within your community; do not post publicly." : null;
    }

    /**
     * CLEAR is Public. GREEN is Restricted (its audience is a community, not the public). Narrower
     * labels name their recipients; a feed is not a way to reach them, so they have no scope here.
     */
    public static Scope scopeOf(Tlp label) {
        return switch (label) {
            case CLEAR -> Scope.Public;
            case GREEN -> Scope.Restricted;
            case AMBER, AMBER_STRICT, RED -> throw new IllegalArgumentException(label.label() + " is never published as CAP");
        };
    }

    /** CAP 1.2 forbids spaces, commas, {@code <} and {@code &} in identifiers and the sender. */
    static void requireToken(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == ',' || c == '<' || c == '&' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(name + " must be non-empty without spaces, commas, '<' or '&'");
        }
    }
}
