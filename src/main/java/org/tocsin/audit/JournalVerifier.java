package org.tocsin.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a journal, entry by entry in {@code seq} order, in constant memory (besides its
 * checkpoints), and stops at the first thing that is wrong, naming the entry. Used for exported
 * files ({@link JournalFile}) and for the live store alike.
 *
 * <p>What it proves: every entry's content matches its hash; every entry names the hash of the one
 * before it; {@code seq} runs from 1 without gaps; {@code recorded_at} never goes back; every
 * checkpoint is signed by a trusted key and matches the entry it names; checkpoints (and anchors
 * obtained elsewhere) exist for no entry beyond the end. What it cannot prove: that entries after the
 * last checkpoint were not removed (nothing vouches for them yet), and that the holder of the
 * private key did not rewrite the chain and sign it again (publish checkpoints elsewhere, then pass
 * them as anchors).
 */
public final class JournalVerifier {

    /** What is wrong with an entry. */
    public enum Fault {
        /** A line or row that is not a well-formed entry or checkpoint. */
        MALFORMED,
        /** An entry missing, repeated, inserted or moved: the sequence does not continue. */
        SEQUENCE,
        /** The entry's content does not match its hash: it was edited. */
        HASH_MISMATCH,
        /** The entry's content and hash agree, but the next entry recorded a different hash for it: edited and re-hashed. */
        BROKEN_LINK,
        /** {@code recorded_at} earlier than the entry before: inserted after the fact. */
        TIME_REVERSED,
        /** A checkpoint signed by a key that is not trusted. */
        UNTRUSTED_KEY,
        /** A checkpoint whose signature does not verify. */
        BAD_SIGNATURE,
        /** A validly signed checkpoint whose hash is not the entry's: the chain was rewritten. */
        CHECKPOINT_MISMATCH,
        /** An anchor (a checkpoint known from elsewhere) that the chain does not match. */
        ANCHOR_MISMATCH,
        /** Entries after the end that a checkpoint or anchor vouches for: the tail was removed. */
        TRUNCATED
    }

    /** The first thing wrong, at entry {@code seq}. */
    public record Problem(long seq, Fault fault, String message) {
        @Override
        public String toString() { return "entry " + seq + ": " + message; }
    }

    /** A checkpoint obtained outside the journal (published, printed, mailed): entry {@code seq} must have {@code hash}. */
    public record Anchor(long seq, String hash) {
        private static final Pattern FORM = Pattern.compile("(\\d{1,18}):([0-9a-f]{64})");

        public static java.util.Optional<Anchor> parse(String text) {
            var m = FORM.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
            return m.matches() ? java.util.Optional.of(new Anchor(Long.parseLong(m.group(1)), m.group(2))) : java.util.Optional.empty();
        }
    }

    /** The outcome. */
    public sealed interface Verification {
        boolean valid();

        /**
         * @param lastCheckpoint the last signed checkpoint, or null when there is none
         * @param notes          what the result does and does not prove, for a person
         */
        record Valid(long entries, long checkpoints, String headHash, Checkpoint lastCheckpoint, List<String> notes)
                implements Verification {
            public Valid {
                notes = List.copyOf(notes);
            }

            @Override
            public boolean valid() { return true; }
        }

        record Invalid(Problem problem, long entriesChecked) implements Verification {
            @Override
            public boolean valid() { return false; }
        }
    }

    private final Map<String, PublicKey> trusted;
    private final NavigableMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private final NavigableMap<Long, Anchor> anchors = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final NavigableMap<Long, Problem> flagged = new TreeMap<>();
    private Problem problem;
    private JournalEntry previous;
    private long checked;
    private Checkpoint lastCheckpoint;

    /**
     * @param trusted     the public keys whose checkpoints count (by key id)
     * @param checkpoints every checkpoint the journal carries, in any order
     * @param anchors     checkpoints obtained elsewhere, to catch a rewrite signed again or a removed tail
     */
    public JournalVerifier(Collection<PublicKey> trusted, Collection<Checkpoint> checkpoints, Collection<Anchor> anchors) {
        this.trusted = new HashMap<>();
        for (PublicKey k : trusted) this.trusted.put(JournalKeys.keyId(k), k);
        for (Checkpoint c : checkpoints) {
            if (c.seq() < 1) {
                flag(1, Fault.MALFORMED, "a checkpoint names entry " + c.seq() + ", which cannot exist");
                continue;
            }
            Checkpoint other = this.checkpoints.putIfAbsent(c.seq(), c);
            if (other != null && !other.equals(c)) flag(c.seq(), Fault.MALFORMED, "two different checkpoints name this entry");
        }
        for (Anchor a : anchors) this.anchors.put(a.seq(), a);
    }

    public boolean failed() { return problem != null; }

    /** The seq the next entry must have. */
    public long expectedSeq() { return previous == null ? 1 : previous.seq() + 1; }

    /**
     * Records a problem found outside the entries (a malformed checkpoint line) at the entry it
     * concerns; it is reported if no earlier entry has a problem.
     */
    public void flag(long seq, Fault fault, String message) {
        long at = Math.max(1, seq);
        flagged.putIfAbsent(at, new Problem(at, fault, message));
    }

    /** Records that the next entry could not be read; {@code what} says why, for a person. */
    public void malformed(String what) {
        fail(expectedSeq(), Fault.MALFORMED, what);
    }

    /**
     * Checks the next entry. Returns false once something is wrong (later entries are then ignored:
     * the first problem is the one that matters).
     */
    public boolean accept(JournalEntry e) {
        Objects.requireNonNull(e, "entry");
        if (problem != null) return false;
        long expected = expectedSeq();
        if (previous != null && e.seq() == previous.seq() && !e.equals(previous) && e.prevHash().equals(previous.prevHash())) {
            // a fork: two different entries both continue entry seq-1
            return fail(e.seq(), Fault.SEQUENCE, "two different entries claim this seq, both following entry "
                    + (e.seq() - 1) + ": one of them was inserted");
        }
        if (e.seq() != expected) {
            return fail(expected, Fault.SEQUENCE, "expected entry " + expected + " here but found entry " + e.seq()
                    + (e.seq() > expected ? ": entries are missing (deleted) or out of order"
                                          : ": an entry was inserted, repeated or moved"));
        }
        String computed = e.computeHash();
        if (!computed.equals(e.hash())) {
            return fail(e.seq(), Fault.HASH_MISMATCH, "its content does not match its hash (recorded " + e.hash()
                    + ", computed " + computed + "): the entry was altered");
        }
        String before = previous == null ? JournalEntry.GENESIS : previous.hash();
        if (!e.prevHash().equals(before)) {
            // e's own hash holds, so e is as written; the entry before it is not what e saw
            if (previous == null) {
                return fail(e.seq(), Fault.BROKEN_LINK, "the first entry must follow the genesis value "
                        + JournalEntry.GENESIS + " but names " + e.prevHash());
            }
            return fail(previous.seq(), Fault.BROKEN_LINK, "entry " + e.seq() + " recorded this entry's hash as "
                    + e.prevHash() + " but it is now " + previous.hash()
                    + ": this entry was altered and re-hashed (or replaced) after entry " + e.seq() + " was written");
        }
        if (previous != null && e.recordedAt().isBefore(previous.recordedAt())) {
            return fail(e.seq(), Fault.TIME_REVERSED, "recorded at " + e.recordedAt() + ", before entry " + previous.seq()
                    + " (" + previous.recordedAt() + "): an entry inserted after the fact");
        }
        Problem marked = flagged.get(e.seq());
        if (marked != null) return fail(marked.seq(), marked.fault(), marked.message());
        Checkpoint c = checkpoints.get(e.seq());
        if (c != null && !checkpoint(c, e)) return false;
        Anchor a = anchors.get(e.seq());
        if (a != null && !a.hash().equals(e.hash())) {
            return fail(e.seq(), Fault.ANCHOR_MISMATCH, "the anchor says its hash is " + a.hash() + " but it is " + e.hash()
                    + ": the journal was rewritten up to here (and signed again, or its checkpoints removed)");
        }
        previous = e;
        checked++;
        return true;
    }

    private boolean checkpoint(Checkpoint c, JournalEntry e) {
        if (!signatureHolds(c)) return false;
        if (!c.hash().equals(e.hash())) {
            Long before = checkpoints.lowerKey(c.seq());
            String range = before == null ? "entries 1 to " + c.seq() : "entries " + (before + 1) + " to " + c.seq();
            return fail(c.seq(), Fault.CHECKPOINT_MISMATCH, "the checkpoint signed " + c.signedAt() + " says its hash is "
                    + c.hash() + " but it is " + e.hash() + ": " + range + " were rewritten and re-hashed"
                    + (before == null ? "" : " (the chain up to checkpoint " + before + " is intact)"));
        }
        if (c.signedAt().isBefore(e.recordedAt())) {
            return fail(c.seq(), Fault.CHECKPOINT_MISMATCH, "the checkpoint was signed " + c.signedAt()
                    + ", before the entry was recorded (" + e.recordedAt() + ")");
        }
        lastCheckpoint = c;
        return true;
    }

    private boolean signatureHolds(Checkpoint c) {
        PublicKey key = trusted.get(c.keyId());
        if (key == null) {
            return fail(c.seq(), Fault.UNTRUSTED_KEY, "its checkpoint is signed by key " + c.keyId()
                    + ", which is not a trusted key (" + (trusted.isEmpty() ? "none given" : String.join(", ", trusted.keySet())) + ")");
        }
        if (!JournalKeys.verify(c, key)) {
            return fail(c.seq(), Fault.BAD_SIGNATURE, "its checkpoint's signature does not verify with key " + c.keyId()
                    + ": the checkpoint was altered or forged");
        }
        return true;
    }

    private boolean fail(long seq, Fault fault, String message) {
        if (problem == null || seq < problem.seq()) problem = new Problem(seq, fault, message);
        return false;
    }

    /** The outcome, once every entry has been given. */
    public Verification finish() {
        if (problem == null) {
            long end = previous == null ? 0 : previous.seq();
            var late = flagged.tailMap(end, false);
            if (!late.isEmpty()) {
                Problem p = late.firstEntry().getValue();
                fail(p.seq(), p.fault(), p.message());
            }
        }
        if (problem == null) {
            long end = previous == null ? 0 : previous.seq();
            var beyond = checkpoints.tailMap(end, false);
            if (!beyond.isEmpty()) {
                Checkpoint c = beyond.firstEntry().getValue();
                if (signatureHolds(c)) {
                    fail(end + 1, Fault.TRUNCATED, "missing: the journal ends at entry " + end + " but checkpoint " + c.seq()
                            + " (signed " + c.signedAt() + ") vouches for entries up to " + c.seq()
                            + ": entries " + (end + 1) + " to " + c.seq() + " or more were removed");
                }
            }
            var beyondAnchor = anchors.tailMap(end, false);
            if (problem == null && !beyondAnchor.isEmpty()) {
                long seq = beyondAnchor.firstKey();
                fail(end + 1, Fault.TRUNCATED, "missing: the journal ends at entry " + end + " but an anchor names entry " + seq
                        + ": entries " + (end + 1) + " to " + seq + " or more were removed");
            }
        }
        if (problem != null) return new Verification.Invalid(problem, checked);
        long end = previous == null ? 0 : previous.seq();
        if (end == 0) notes.add("the journal is empty");
        if (lastCheckpoint == null && end > 0) {
            notes.add("no signed checkpoint: the chain is self-consistent, but a rewrite of the whole journal with every hash"
                    + " recomputed would also be; sign one (export does) and publish it");
        } else if (lastCheckpoint != null && lastCheckpoint.seq() < end) {
            notes.add("entries " + (lastCheckpoint.seq() + 1) + " to " + end + " come after the last signed checkpoint ("
                    + lastCheckpoint.seq() + "): they are chained, but removing them from the end would not be detected");
        }
        return new Verification.Valid(end, checkpoints.size(), previous == null ? JournalEntry.GENESIS : previous.hash(),
                lastCheckpoint, notes);
    }

    /** Adds a remark to a valid result (e.g. where the trusted key came from). */
    public void note(String remark) {
        notes.add(remark);
    }
}
