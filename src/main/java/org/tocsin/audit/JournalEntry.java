package org.tocsin.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One link of the journal's hash chain: a {@link JournalEvent} with its position ({@code seq}, from
 * 1, without gaps), the time the journal recorded it, the hash of the entry before it, and its own
 * hash. {@link #hash} is SHA-256 over {@link #canonical()}: the canonical JSON array
 *
 * <pre>["tocsin-journal/1", seq, type, occurred_at, recorded_at, actor, situation, subject, details, prev_hash]</pre>
 *
 * (instants as ISO-8601 UTC to the microsecond, e.g. {@code 1994-01-11T09:30:00Z}; situation may be
 * null), in lower-case hex. The first entry's {@code prevHash} is {@link #GENESIS}.
 *
 * <p>The constructor accepts anything (an entry read from a tampered file must still be
 * representable so the verifier can say what is wrong with it); {@link Head#next} is the strict path
 * for new entries.
 */
public record JournalEntry(long seq, String type, Instant occurredAt, Instant recordedAt, String actor,
                           String situation, String subject, Map<String, Object> details, String prevHash,
                           String hash) {

    /** The {@code prev_hash} of entry 1. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "tocsin-journal/1";

    /** Dotted, lower-case, past tense: {@code alert.acknowledged}, {@code risk.level_changed}. */
    public static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public JournalEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        details = details == null ? Map.of() : CanonicalJson.normalizeObject(details);
    }

    /** The text that is hashed. */
    public String canonical() {
        return canonical(seq, type, occurredAt, recordedAt, actor, situation, subject, details, prevHash);
    }

    private static String canonical(long seq, String type, Instant occurredAt, Instant recordedAt, String actor,
                                     String situation, String subject, Map<String, Object> details, String prevHash) {
        List<Object> fields = new ArrayList<>(Arrays.asList(VERSION, seq, type, occurredAt.toString(),
                recordedAt.toString(), actor, situation, subject, details, prevHash));
        return CanonicalJson.write(fields);
    }

    /** What the hash of this entry's content is, whatever {@link #hash} says. */
    public String computeHash() {
        return sha256(canonical());
    }

    public boolean selfConsistent() {
        return computeHash().equals(hash);
    }

    public Head head() {
        return new Head(seq, hash, recordedAt);
    }

    /** The event this entry records. */
    public JournalEvent event() {
        return new JournalEvent(type, occurredAt, actor, situation, subject, details);
    }

    /**
     * Checks that an event can be journaled, so that a caller learns of a bad event where it appends
     * it, not later when its transaction commits.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void check(JournalEvent event) {
        if (!TYPE.matcher(event.type()).matches()) {
            throw new IllegalArgumentException("journal event type must be dotted lower-case words, e.g. alert.acknowledged: "
                    + event.type());
        }
        CanonicalJson.text(event.actor());
        CanonicalJson.text(event.subject());
        if (event.situation() != null) CanonicalJson.text(event.situation());
        CanonicalJson.normalizeObject(event.details());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /**
     * The end of the chain, from which the next entry is made: the last entry's seq, hash and
     * recording time ({@link #EMPTY} for a journal without entries).
     */
    public record Head(long seq, String hash, Instant recordedAt) {
        public static final Head EMPTY = new Head(0, GENESIS, Instant.EPOCH);

        /**
         * The entry that records {@code event} after this head. Its recording time never goes back
         * (a clock stepped backwards is held at the previous entry's time), so the chain's
         * {@code recorded_at} is monotonic and a backdated insertion shows.
         *
         * @throws IllegalArgumentException when the event cannot be journaled (malformed type, NUL in text, …)
         */
        public JournalEntry next(JournalEvent event, Instant now) {
            check(event);
            Instant recorded = CanonicalJson.micros(now);
            if (recorded.isBefore(recordedAt)) recorded = recordedAt;
            Instant occurred = CanonicalJson.micros(event.occurredAt());
            String situation = event.situation() == null ? null : CanonicalJson.text(event.situation());
            Map<String, Object> details = CanonicalJson.normalizeObject(event.details());
            long nextSeq = seq + 1;
            String actor = CanonicalJson.text(event.actor());
            String subject = CanonicalJson.text(event.subject());
            String h = sha256(canonical(nextSeq, event.type(), occurred, recorded, actor, situation, subject, details, hash));
            return new JournalEntry(nextSeq, event.type(), occurred, recorded, actor, situation, subject, details, hash, h);
        }
    }
}
