package org.tocsin.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocsin.audit.JournalVerifier.Anchor;
import org.tocsin.audit.JournalVerifier.Fault;
import org.tocsin.audit.JournalVerifier.Verification;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of changing an exported journal that the verifier must catch, each checked on a real
 * export file: an edit to any field of any entry, a deletion, an insertion, a reordering, a cut
 * tail, a forged checkpoint. Each must be detected, and the first bad entry named.
 */
class JournalMutationTest {

    private static final JournalSigner SIGNER = new JournalSigner(JournalKeys.generate(), null);
    private static final JournalSigner OTHER = new JournalSigner(JournalKeys.generate(), null);
    private static final int ENTRIES = 30;

    @TempDir
    Path dir;
    private List<JournalEntry> chain;
    private List<Checkpoint> checkpoints;
    private List<String> lines;

    @BeforeEach
    void export() throws IOException {
        chain = Chains.chain(ENTRIES);
        checkpoints = Chains.checkpoints(chain, 10, SIGNER); // 10, 20, 30: export signs its last entry
        lines = Files.readAllLines(Chains.export(dir.resolve("journal.jsonl"), chain, checkpoints, List.of(SIGNER.publicKey())));
    }

    /** Line index of entry {@code seq} (line 0 is the header). */
    private static int line(long seq) { return (int) seq; }

    private int checkpointLine(long seq) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"record\":\"checkpoint\"") && lines.get(i).contains("\"seq\":" + seq + ",")) return i;
        }
        throw new IllegalArgumentException("no checkpoint " + seq);
    }

    private Verification verify(List<String> file) throws IOException {
        return verify(file, List.of(SIGNER.publicKey()), List.of());
    }

    private Verification verify(List<String> file, List<PublicKey> keys, List<Anchor> anchors) throws IOException {
        Path p = Files.write(dir.resolve("mutated-" + System.nanoTime() + ".jsonl"), file, StandardCharsets.UTF_8);
        return JournalFile.verify(p, keys, anchors);
    }

    private static JournalVerifier.Problem problem(Verification v) {
        assertThat(v).as("a changed journal must not verify").isInstanceOf(Verification.Invalid.class);
        return ((Verification.Invalid) v).problem();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object parsed) {
        return new LinkedHashMap<>((Map<String, Object>) parsed);
    }

    private static String edit(String line, UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> m = object(CanonicalJson.parse(line));
        return CanonicalJson.write(change.apply(m));
    }

    private static UnaryOperator<Map<String, Object>> set(String field, Object value) {
        return m -> {
            m.put(field, value);
            return m;
        };
    }

    private static String flip(String hex) {
        char last = hex.charAt(hex.length() - 1);
        return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
    }

    /** One edit of each field, and of the details in several ways, for entry {@code e}. */
    private static Map<String, UnaryOperator<Map<String, Object>>> fieldEdits(JournalEntry e) {
        Map<String, UnaryOperator<Map<String, Object>>> edits = new LinkedHashMap<>();
        edits.put("seq + 1", set("seq", e.seq() + 1));
        edits.put("seq - 1", set("seq", e.seq() - 1));
        edits.put("seq + 100", set("seq", e.seq() + 100));
        edits.put("type", set("type", e.type().replace('.', '_') + ".viewed"));
        edits.put("occurred_at + 1 µs", set("occurred_at", e.occurredAt().plusNanos(1000).toString()));
        edits.put("occurred_at a day earlier", set("occurred_at", e.occurredAt().minusSeconds(86_400).toString()));
        edits.put("recorded_at + 1 µs", set("recorded_at", e.recordedAt().plusNanos(1000).toString()));
        edits.put("actor", set("actor", e.actor() + "x"));
        edits.put("actor emptied", set("actor", ""));
        edits.put("situation", set("situation", e.situation() == null ? "rwanda-1993-1994" : null));
        edits.put("subject", set("subject", e.subject().replace(':', '-')));
        edits.put("details: a number", m -> {
            Map<String, Object> d = object(m.get("details"));
            d.put("n", ((BigDecimal) d.get("n")).add(BigDecimal.ONE));
            m.put("details", d);
            return m;
        });
        edits.put("details: a recipient removed", m -> {
            Map<String, Object> d = object(m.get("details"));
            d.put("recipients", ((List<?>) d.get("recipients")).subList(0, 1));
            m.put("details", d);
            return m;
        });
        edits.put("details: a nested value", m -> {
            Map<String, Object> d = object(m.get("details"));
            d.put("nested", Map.of("label", "CLEAR", "note", "x"));
            m.put("details", d);
            return m;
        });
        edits.put("details: a key added", m -> {
            Map<String, Object> d = object(m.get("details"));
            d.put("outcome", "refused");
            m.put("details", d);
            return m;
        });
        edits.put("details emptied", set("details", Map.of()));
        edits.put("prev_hash", set("prev_hash", flip(e.prevHash())));
        edits.put("hash", set("hash", flip(e.hash())));
        edits.put("record", set("record", "note"));
        edits.put("an extra field", set("comment", "harmless?"));
        edits.put("a field removed", m -> {
            m.remove("subject");
            return m;
        });
        return edits;
    }

    @Test
    void theUntouchedExportVerifies() throws IOException {
        assertThat(verify(lines)).isInstanceOf(Verification.Valid.class);
    }

    @Test
    void editingAnyFieldOfAnyEntryIsDetectedAtThatEntry() throws IOException {
        int tried = 0;
        // the first, an ordinary one, a checkpointed one, one without a situation, the last
        for (long seq : new long[]{1, 7, 10, 11, 19, ENTRIES}) {
            JournalEntry e = chain.get((int) seq - 1);
            for (var edit : fieldEdits(e).entrySet()) {
                List<String> mutated = new ArrayList<>(lines);
                mutated.set(line(seq), edit(lines.get(line(seq)), edit.getValue()));
                assertThat(mutated).as("the edit '%s' changes the line", edit.getKey()).isNotEqualTo(lines);
                assertThat(problem(verify(mutated)).seq()).as("entry %d, edit '%s'", seq, edit.getKey()).isEqualTo(seq);
                tried++;
            }
        }
        assertThat(tried).isEqualTo(6 * 21);
    }

    @Test
    void editingRawBytesOfAnEntryLineIsDetectedAtThatEntry() throws IOException {
        // not through a JSON parser: a character anywhere in the line
        for (long seq : new long[]{3, 20}) {
            String original = lines.get(line(seq));
            for (int i = 0; i < original.length(); i += 7) {
                char c = original.charAt(i);
                char replacement = Character.isDigit(c) ? (c == '9' ? '0' : (char) (c + 1)) : Character.isLetter(c) ? (c == 'z' ? 'a' : (char) (c + 1)) : c;
                if (replacement == c) continue;
                List<String> mutated = new ArrayList<>(lines);
                mutated.set(line(seq), original.substring(0, i) + replacement + original.substring(i + 1));
                Verification v = verify(mutated);
                assertThat(v.valid()).as("change at column %d of entry %d", i, seq).isFalse();
                assertThat(problem(v).seq()).as("change at column %d of entry %d", i, seq).isEqualTo(seq);
            }
        }
    }

    @Test
    void deletingAnEntryIsDetectedWhereItWas() throws IOException {
        for (long seq : new long[]{1, 5, 10, 29}) {
            List<String> mutated = new ArrayList<>(lines);
            mutated.remove(line(seq));
            var p = problem(verify(mutated));
            assertThat(p.seq()).as("deleted entry %d", seq).isEqualTo(seq);
            assertThat(p.fault()).isEqualTo(Fault.SEQUENCE);
        }
    }

    @Test
    void deletingTheLastEntryIsDetectedByTheCheckpointThatSignedIt() throws IOException {
        List<String> mutated = new ArrayList<>(lines);
        mutated.remove(line(ENTRIES));
        var p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(ENTRIES);
        assertThat(p.fault()).isEqualTo(Fault.TRUNCATED);
    }

    @Test
    void insertingACopiedEntryIsDetectedWhereItWasInserted() throws IOException {
        List<String> mutated = new ArrayList<>(lines);
        mutated.add(line(12) + 1, lines.get(line(5))); // after entry 12
        assertThat(problem(verify(mutated)).seq()).isEqualTo(13);
    }

    @Test
    void insertingAForgedEntryWithAValidHashAndLinkIsDetectedAtItsSeq() throws IOException {
        // the forger knows the format: the new entry follows entry 12 correctly, and claims to be entry 13
        JournalEntry forged = chain.get(11).head().next(new JournalEvent(JournalTypes.BRIEFING_DELIVERED,
                chain.get(11).occurredAt(), "system", "rwanda-1993-1994", "briefing:1",
                Map.of("recipients", List.of("council-nz"))), chain.get(11).recordedAt());
        assertThat(forged.seq()).isEqualTo(13);
        List<String> mutated = new ArrayList<>(lines);
        mutated.add(line(12) + 1, JournalFile.entryLine(forged));
        var p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(13);
        assertThat(p.message()).contains("inserted");
    }

    @Test
    void reorderingTwoEntriesIsDetectedAtTheFirstOfThem() throws IOException {
        for (long seq : new long[]{1, 14, ENTRIES - 1}) {
            List<String> mutated = new ArrayList<>(lines);
            mutated.set(line(seq), lines.get(line(seq + 1)));
            mutated.set(line(seq + 1), lines.get(line(seq)));
            assertThat(problem(verify(mutated)).seq()).as("swapped %d and %d", seq, seq + 1).isEqualTo(seq);
        }
    }

    @Test
    void cuttingTheTailAfterACheckpointIsDetectedByTheLaterCheckpoint() throws IOException {
        List<String> mutated = new ArrayList<>(lines);
        mutated.subList(line(21), line(ENTRIES) + 1).clear(); // entries 21–30 gone, checkpoints kept
        var p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(21);
        assertThat(p.fault()).isEqualTo(Fault.TRUNCATED);
        assertThat(p.message()).contains("checkpoint 30");
    }

    @Test
    void cuttingTheTailWithItsCheckpointIsDetectedByTheHeaderOrAnAnchorButNotOtherwise() throws IOException {
        List<String> cut = new ArrayList<>(lines);
        cut.remove(checkpointLine(30));
        cut.subList(line(21), line(ENTRIES) + 1).clear();
        assertThat(problem(verify(cut)).seq()).as("the header still announces 30 entries").isEqualTo(21);

        // with the header rewritten too, only a checkpoint kept elsewhere shows the cut: the documented limit
        cut.set(0, JournalFile.headerLine(new JournalFile.Header(Chains.START, 20, 2, List.of(SIGNER.publicKey()))));
        assertThat(verify(cut)).isInstanceOf(Verification.Valid.class);
        Anchor published = new Anchor(30, chain.getLast().hash());
        var p = problem(verify(cut, List.of(SIGNER.publicKey()), List.of(published)));
        assertThat(p.seq()).isEqualTo(21);
        assertThat(p.fault()).isEqualTo(Fault.TRUNCATED);
    }

    @Test
    void aCheckpointForgedWithAnotherKeyIsDetected() throws IOException {
        Checkpoint genuine = checkpoints.get(1); // entry 20
        List<String> mutated = new ArrayList<>(lines);
        mutated.set(checkpointLine(20), JournalFile.checkpointLine(OTHER.sign(20, genuine.hash(), genuine.signedAt())));
        var p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(20);
        assertThat(p.fault()).isEqualTo(Fault.UNTRUSTED_KEY);

        // the same forgery claiming to be by the genuine key
        Checkpoint other = OTHER.sign(20, genuine.hash(), genuine.signedAt());
        mutated.set(checkpointLine(20), JournalFile.checkpointLine(new Checkpoint(20, genuine.hash(), genuine.signedAt(),
                SIGNER.keyId(), other.signature())));
        p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(20);
        assertThat(p.fault()).isEqualTo(Fault.BAD_SIGNATURE);
    }

    @Test
    void aForgerWhoAlsoReplacesTheKeyInTheHeaderIsCaughtByThePublishedKey() throws IOException {
        List<JournalEntry> rewritten = Chains.rehashFrom(edited(chain, 14, "someone-else"), 14);
        List<Checkpoint> resigned = Chains.checkpoints(rewritten, 10, OTHER);
        List<String> forged = Files.readAllLines(Chains.export(dir.resolve("forged.jsonl"), rewritten, resigned, List.of(OTHER.publicKey())));
        assertThat(verify(forged, List.of(), List.of())).as("consistent in itself").isInstanceOf(Verification.Valid.class);
        var p = problem(verify(forged, List.of(SIGNER.publicKey()), List.of()));
        assertThat(p.seq()).isEqualTo(10);
        assertThat(p.fault()).isEqualTo(Fault.UNTRUSTED_KEY);
    }

    @Test
    void aRewriteWithEveryLaterHashRecomputedIsCaughtByTheNextCheckpoint() throws IOException {
        // entry 15's actor changed, and 15–30 re-hashed so that every link holds: only a signature can tell
        List<JournalEntry> rewritten = Chains.rehashFrom(edited(chain, 14, "someone-else"), 14);
        List<String> mutated = new ArrayList<>(lines);
        for (int i = 14; i < ENTRIES; i++) mutated.set(line(i + 1), JournalFile.entryLine(rewritten.get(i)));
        var p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(20);
        assertThat(p.fault()).isEqualTo(Fault.CHECKPOINT_MISMATCH);
        assertThat(p.message()).contains("entries 11 to 20 were rewritten");
    }

    @Test
    void anEditRehashedWithoutFixingTheNextLinkNamesTheEditedEntry() throws IOException {
        List<JournalEntry> rewritten = Chains.rehashFrom(edited(chain, 14, "someone-else"), 14);
        List<String> mutated = new ArrayList<>(lines);
        mutated.set(line(15), JournalFile.entryLine(rewritten.get(14)));
        var p = problem(verify(mutated));
        assertThat(p.seq()).isEqualTo(15);
        assertThat(p.fault()).isEqualTo(Fault.BROKEN_LINK);
    }

    @Test
    void aRewriteResignedAfterTheCheckpointsWereRemovedIsCaughtByAnAnchor() throws IOException {
        List<JournalEntry> rewritten = Chains.rehashFrom(edited(chain, 14, "someone-else"), 14);
        List<String> mutated = new ArrayList<>(lines);
        for (int i = 14; i < ENTRIES; i++) mutated.set(line(i + 1), JournalFile.entryLine(rewritten.get(i)));
        mutated.remove(checkpointLine(30));
        mutated.remove(checkpointLine(20));
        mutated.set(0, JournalFile.headerLine(new JournalFile.Header(Chains.START, ENTRIES, 1, List.of(SIGNER.publicKey()))));
        assertThat(verify(mutated)).as("without checkpoints after it, a rewrite is consistent").isInstanceOf(Verification.Valid.class);
        var p = problem(verify(mutated, List.of(SIGNER.publicKey()), List.of(new Anchor(20, chain.get(19).hash()))));
        assertThat(p.seq()).isEqualTo(20);
        assertThat(p.fault()).isEqualTo(Fault.ANCHOR_MISMATCH);
    }

    @Test
    void editingAnyFieldOfACheckpointIsDetected() throws IOException {
        Checkpoint c = checkpoints.get(1);
        Map<String, UnaryOperator<Map<String, Object>>> edits = new LinkedHashMap<>();
        edits.put("seq", set("seq", 19));
        edits.put("hash", set("hash", chain.get(18).hash()));
        edits.put("signed_at", set("signed_at", c.signedAt().plusSeconds(1).toString()));
        edits.put("key_id", set("key_id", OTHER.keyId()));
        edits.put("signature", set("signature", OTHER.sign(20, c.hash(), c.signedAt()).signature()));
        edits.put("record", set("record", "note"));
        for (var edit : edits.entrySet()) {
            List<String> mutated = new ArrayList<>(lines);
            mutated.set(checkpointLine(20), edit(lines.get(checkpointLine(20)), edit.getValue()));
            Verification v = verify(mutated);
            assertThat(v.valid()).as("checkpoint edit '%s'", edit.getKey()).isFalse();
            if (!edit.getKey().equals("record")) {
                assertThat(problem(v).seq()).as("checkpoint edit '%s'", edit.getKey()).isEqualTo(edit.getKey().equals("seq") ? 19 : 20);
            }
        }
    }

    @Test
    void aFileWithoutItsHeaderOrWithGarbageLinesDoesNotVerify() throws IOException {
        assertThat(verify(lines.subList(1, lines.size())).valid()).isFalse();
        List<String> garbage = new ArrayList<>(lines);
        garbage.add(line(8), "{not json");
        assertThat(problem(verify(garbage)).seq()).isEqualTo(8);
        assertThat(verify(List.of()).valid()).isFalse();
    }

    private static List<JournalEntry> edited(List<JournalEntry> chain, int index, String actor) {
        List<JournalEntry> out = new ArrayList<>(chain);
        JournalEntry e = chain.get(index);
        out.set(index, new JournalEntry(e.seq(), e.type(), e.occurredAt(), e.recordedAt(), actor, e.situation(), e.subject(),
                e.details(), e.prevHash(), e.hash()));
        return out;
    }

}
