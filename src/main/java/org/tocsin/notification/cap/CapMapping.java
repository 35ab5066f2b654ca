package org.tocsin.notification.cap;

import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertDecision;
import org.tocsin.escalation.AlertState;
import org.tocsin.escalation.Appeal;
import org.tocsin.escalation.Assessment;
import org.tocsin.escalation.Severity;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.situation.Situation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a Tocsin alert becomes a CAP 1.2 message (the table is in docs/notifications.md).
 *
 * <ul>
 *   <li><b>Message per change.</b> CAP messages are immutable, so each state of an alert is its own
 *       message: {@code sent} is the alert's last change, the identifier names the alert and that
 *       instant, {@code msgType} is Alert for the alert as raised, Update after any change, Cancel once
 *       it is closed by a recorded decision; an Update or Cancel references the original Alert.</li>
 *   <li><b>Severity → urgency and severity.</b> emergency (killing under way): Immediate, Extreme;
 *       critical: Immediate, Severe; high: Expected, Moderate; elevated: Future, Minor.</li>
 *   <li><b>Grading → certainty.</b> From the best-graded evidence: credibility 1 (confirmed)
 *       Observed, 2 Likely, 3 Possible, 4–5 Unlikely, 6 Unknown; a source graded D–F (not usually
 *       reliable, unreliable, cannot be judged) lowers it one step; no graded evidence: Unknown.</li>
 *   <li><b>Content.</b> Every assessment attached, together, and every decision go into the
 *       description — as in every other notification, none is chosen for the reader.</li>
 * </ul>
 */
public final class CapMapping {

    /** CAP 1.2 §3.3.2: no "Z"; UTC is written -00:00. */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'-00:00'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HEADLINE = 160;

    /**
     * @param sender     CAP {@code sender}: globally unique, e.g. {@code tocsin@example.org}
     * @param senderName CAP {@code senderName}, e.g. the organisation running Tocsin
     * @param status     Actual, or Exercise/Test for a deployment that runs drills
     */
    public record Settings(String sender, String senderName, CapMessage.Status status) {
        public Settings {
            CapMessage.requireToken(sender, "sender");
            Objects.requireNonNull(senderName, "senderName");
            Objects.requireNonNull(status, "status");
        }
    }

    private final Settings settings;

    public CapMapping(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() { return settings; }

    /**
     * The CAP message for the alert as it stands.
     *
     * @param situation the alert's situation, for the area (absent: the area is named by the situation id)
     * @param evidence  the alert's evidence signals that could be found, for the certainty
     */
    public CapMessage message(Alert alert, Optional<Situation> situation, List<Signal> evidence) {
        Instant raised = seconds(alert.raisedAt());
        Instant changed = lastChange(alert);
        CapMessage.MsgType type = alert.state() instanceof AlertState.Closed ? CapMessage.MsgType.Cancel
                : changed.equals(alert.raisedAt()) ? CapMessage.MsgType.Alert : CapMessage.MsgType.Update;
        String references = type == CapMessage.MsgType.Alert ? null
                : settings.sender() + "," + identifier(alert.id(), alert.raisedAt()) + "," + CAP_TIME.format(raised);
        String situationName = situation.map(Situation::name).orElse(alert.situation());
        var info = new CapMessage.Info(List.of(CapMessage.Category.Security, CapMessage.Category.Safety), event(alert.kind()),
                urgency(alert.severity()), severity(alert.severity()), certainty(evidence), settings.senderName(),
                headline(alert, situationName), description(alert), parameters(alert), area(alert.situation(), situation));
        String note = "Tocsin alert " + alert.id() + " on " + alert.situation() + ": " + alert.state().label() + ", at escalation level "
                + alert.level() + "." + (type == CapMessage.MsgType.Cancel ? " Closed by a recorded decision." : "");
        return new CapMessage(identifier(alert.id(), changed), settings.sender(), seconds(changed), settings.status(), type,
                alert.label(), references, note, info);
    }

    /** CAP's dateTime form, e.g. {@code 1994-01-11T12:00:00-00:00}. */
    public static String capTime(Instant i) { return CAP_TIME.format(seconds(i)); }

    static String identifier(long alertId, Instant at) { return "tocsin.alert." + alertId + "." + STAMP.format(at); }

    /** The latest instant anything happened to the alert. */
    static Instant lastChange(Alert a) {
        Instant state = switch (a.state()) {
            case AlertState.Raised r -> r.at();
            case AlertState.Acknowledged k -> k.at();
            case AlertState.Decided d -> d.decision().decidedAt();
            case AlertState.Appealed p -> p.appeal().at();
            case AlertState.Closed c -> c.decision().decidedAt();
        };
        return Stream.of(Stream.of(a.raisedAt(), a.levelSince(), state),
                        a.assessments().stream().map(Assessment::attachedAt),
                        a.decisions().stream().map(AlertDecision::decidedAt),
                        a.appeals().stream().map(Appeal::at))
                .flatMap(s -> s).max(Instant::compareTo).orElseThrow();
    }

    static String event(Alert.Kind kind) {
        return switch (kind) {
            case LEVEL_CHANGE, MANUAL -> "Risk of atrocity crimes";
            case CRITICAL_SIGNAL -> "Critical report of atrocity risk";
            case MANDATE_GAP -> "Protection mandate gap";
            case PROTECTION_CHANGE -> "Reduction of protection for civilians";
            case DETERMINATION_DUE -> "Determination of atrocity crimes due";
            case SOURCE_PROTECTION_OVERDUE -> "Protection of a source overdue";
        };
    }

    static CapMessage.Urgency urgency(Severity s) {
        return switch (s) {
            case EMERGENCY, CRITICAL -> CapMessage.Urgency.Immediate;
            case HIGH -> CapMessage.Urgency.Expected;
            case ELEVATED -> CapMessage.Urgency.Future;
        };
    }

    static CapMessage.Severity severity(Severity s) {
        return switch (s) {
            case EMERGENCY -> CapMessage.Severity.Extreme;
            case CRITICAL -> CapMessage.Severity.Severe;
            case HIGH -> CapMessage.Severity.Moderate;
            case ELEVATED -> CapMessage.Severity.Minor;
        };
    }

    /** The best certainty any one piece of evidence supports (see the class comment). */
    static CapMessage.Certainty certainty(List<Signal> evidence) {
        return evidence.stream().map(CapMapping::certainty).min(Enum::compareTo).orElse(CapMessage.Certainty.Unknown);
    }

    static CapMessage.Certainty certainty(Signal s) {
        CapMessage.Certainty byCredibility = switch (s.credibility()) {
            case CONFIRMED -> CapMessage.Certainty.Observed;
            case PROBABLY_TRUE -> CapMessage.Certainty.Likely;
            case POSSIBLY_TRUE -> CapMessage.Certainty.Possible;
            case DOUBTFUL, IMPROBABLE -> CapMessage.Certainty.Unlikely;
            case CANNOT_BE_JUDGED -> CapMessage.Certainty.Unknown;
        };
        boolean weakSource = s.reliability().compareTo(Reliability.C) > 0;
        if (!weakSource || s.credibility() == Credibility.CANNOT_BE_JUDGED) return byCredibility;
        return switch (byCredibility) {
            case Observed -> CapMessage.Certainty.Likely;
            case Likely -> CapMessage.Certainty.Possible;
            case Possible, Unlikely -> CapMessage.Certainty.Unlikely;
            case Unknown -> CapMessage.Certainty.Unknown;
        };
    }

    private static String headline(Alert a, String situationName) {
        String first = a.explanation().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String h = a.severity().name() + " — " + situationName + (first.isEmpty() ? "" : ": " + first);
        return h.length() <= HEADLINE ? h : h.substring(0, HEADLINE - 1) + "…";
    }

    private static String description(Alert a) {
        StringBuilder b = new StringBuilder(a.explanation().strip());
        b.append("\n\nAssessments (").append(a.assessments().size()).append("), all that are attached, none chosen for the reader:");
        if (a.assessments().isEmpty()) b.append(" none yet.");
        for (Assessment as : a.assessments()) {
            b.append("\n- ").append(as.role() == null ? as.author() : as.role())
                    .append(as.view() == null ? "" : ", judges " + as.view().wire()).append(": ").append(as.text().strip());
        }
        for (AlertDecision d : a.decisions()) {
            b.append("\n\nDecision (").append(d.outcome().wire()).append(", ").append(capTime(d.decidedAt())).append("): ")
                    .append(d.rationale().strip());
        }
        for (Appeal ap : a.appeals()) {
            b.append("\n\nAppealed by the originator (").append(capTime(ap.at())).append("): ").append(ap.position().strip());
        }
        return b.toString();
    }

    private static Map<String, String> parameters(Alert a) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("TLP", a.label().label());
        p.put("tocsin:alert", Long.toString(a.id()));
        p.put("tocsin:situation", a.situation());
        p.put("tocsin:severity", a.severity().wire());
        p.put("tocsin:state", a.state().label());
        return p;
    }

    /**
     * The situation's area: its {@code area} text (else its name), its country as a geocode, and a
     * polygon when the situation file gives a box {@code bbox: [minLat, maxLat, minLon, maxLon]} (at
     * the top level, or under {@code area} as fusion reads it).
     */
    static CapMessage.Area area(String situationId, Optional<Situation> situation) {
        if (situation.isEmpty()) return new CapMessage.Area(situationId, null, null);
        Situation s = situation.get();
        String desc = s.area() != null && !s.area().isBlank() ? s.area() : s.name();
        return new CapMessage.Area(desc, polygon(s.details()).orElse(null), s.country());
    }

    static Optional<String> polygon(String details) {
        JsonNode root;
        try {
            root = JSON.readTree(details);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        JsonNode box = root.path("bbox");
        if (!box.isArray()) box = root.path("area").path("bbox");
        if (!box.isArray() || box.size() != 4) return Optional.empty();
        List<Double> v = new ArrayList<>();
        for (JsonNode n : box) {
            if (!n.isNumber()) return Optional.empty();
            v.add(n.asDouble());
        }
        double minLat = v.get(0), maxLat = v.get(1), minLon = v.get(2), maxLon = v.get(3);
        if (!(minLat < maxLat && minLon < maxLon && minLat >= -90 && maxLat <= 90 && minLon >= -180 && maxLon <= 180)) {
            return Optional.empty();
        }
        // a closed ring: CAP wants at least four pairs, the first and the last equal
        return Optional.of(String.join(" ", pair(minLat, minLon), pair(maxLat, minLon), pair(maxLat, maxLon), pair(minLat, maxLon),
                pair(minLat, minLon)));
    }

    private static String pair(double lat, double lon) {
        return String.format(Locale.ROOT, "%s,%s", number(lat), number(lon));
    }

    private static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static Instant seconds(Instant i) { return i.truncatedTo(ChronoUnit.SECONDS); }
}
