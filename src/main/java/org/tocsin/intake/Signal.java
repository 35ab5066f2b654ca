package org.tocsin.intake;

import org.tocsin.distribution.Tlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One piece of incoming information: a report, cable, broadcast, event record, request or decision.
 * Its fields are those of the case-file format ({@code ../shared/cases/FORMAT.md}); the two times
 * are {@link SignalTime} (when it happened) and {@link Receipt#recordedAt()} (when Tocsin learned it).
 *
 * <p>A signal is immutable once accepted: corrections arrive as new signals. {@link #contentHash()}
 * covers everything the submitter said (not the receipt), so a resubmission of the same content is
 * recognised as a duplicate and different content under an existing id as a conflict.
 *
 * @param critical   the submitter flagged it as needing immediate attention
 * @param attributes format-specific fields kept for provenance (e.g. GDELT's EventCode), not interpreted
 */
public record Signal(
        SignalKey key,
        SignalKind kind,
        String source,
        String sourceId,
        SourceType sourceType,
        Reliability reliability,
        Credibility credibility,
        Place place,
        SignalTime time,
        String summary,
        List<String> indicators,
        List<String> tags,
        boolean mitigating,
        List<String> recipients,
        Integer fatalities,
        String ref,
        String marking,
        List<String> relays,
        List<String> implicates,
        RequestDetails request,
        DecisionDetails decision,
        Tlp label,
        boolean critical,
        Map<String, String> attributes,
        Receipt receipt) {

    /**
     * Whether this viewer may read the signal: its submitter always; anyone else when their roles in
     * its situation read its label ({@link org.tocsin.access.Viewer#sees}). The one rule every single
     * read applies; lists apply the same in SQL ({@code SignalQuery.readableBy}).
     */
    public boolean readableBy(org.tocsin.access.Viewer viewer) {
        return viewer.sees(key.situation(), label, receipt == null ? null : receipt.submittedBy());
    }

    public Signal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(credibility, "credibility");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(receipt, "receipt");
        if (sourceId == null || sourceId.isBlank()) sourceId = source;
        indicators = List.copyOf(indicators);
        tags = List.copyOf(tags);
        recipients = List.copyOf(recipients);
        relays = List.copyOf(relays);
        implicates = List.copyOf(implicates);
        attributes = Map.copyOf(attributes);
        if (fatalities != null && fatalities < 0) throw new IllegalArgumentException("fatalities cannot be negative");
    }

    /** Any record that carries an action is a request, whatever its kind (FORMAT.md). */
    public boolean isRequest() { return request != null; }

    public boolean isDecision() { return decision != null || kind == SignalKind.DECISION; }

    public Signal withReceipt(Receipt r) {
        return new Signal(key, kind, source, sourceId, sourceType, reliability, credibility, place, time, summary,
                indicators, tags, mitigating, recipients, fatalities, ref, marking, relays, implicates, request,
                decision, label, critical, attributes, r);
    }

    /** SHA-256 over a canonical rendering of the content (every field except the receipt). */
    public String contentHash() {
        StringBuilder b = new StringBuilder(512);
        field(b, key.situation()); field(b, key.id()); field(b, kind.wire()); field(b, source); field(b, sourceId);
        field(b, sourceType.wire()); field(b, reliability.name()); field(b, credibility.grade());
        field(b, place.name()); field(b, place.lat()); field(b, place.lon()); field(b, place.country());
        field(b, time.date()); field(b, time.precision().wire()); field(b, time.end());
        field(b, summary); field(b, indicators); field(b, tags); field(b, mitigating); field(b, recipients);
        field(b, fatalities); field(b, ref); field(b, marking); field(b, relays); field(b, implicates);
        field(b, request == null ? null : List.of(nz(request.action()), nz(request.requestedBy()), nz(request.deadline())));
        field(b, decision == null ? null : List.of(nz(decision.respondsTo()), nz(decision.outcome()), nz(decision.ground())));
        field(b, label.wire()); field(b, critical); field(b, new TreeMap<>(attributes).toString());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private static String nz(String s) { return s == null ? "\u0000" : s; }

    private static void field(StringBuilder b, Object value) {
        // Length-prefixed so that no two different field sequences render the same.
        String s = value == null ? "\u0000null" : value.toString();
        b.append(s.length()).append(':').append(s).append(';');
    }
}
