package org.tocsin.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Journals built in memory, the way the store builds them, and exported as files: fixtures for the verifier. */
final class Chains {

    static final Instant START = Instant.parse("1994-01-11T08:00:00Z");

    private Chains() {}

    /** {@code n} entries of varied types and details (nested maps, lists, numbers, text with escapes, a null situation). */
    static List<JournalEntry> chain(int n) {
        List<JournalEntry> out = new ArrayList<>();
        JournalEntry.Head head = JournalEntry.Head.EMPTY;
        for (int i = 1; i <= n; i++) {
            JournalEntry e = head.next(event(i), START.plusSeconds(60L * i).plusNanos(123_456_789));
            out.add(e);
            head = e.head();
        }
        return out;
    }

    static JournalEvent event(int i) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("n", i);
        details.put("score", i / 4.0);
        details.put("recipients", List.of("desk-" + (i % 3), "council-" + (i % 5)));
        details.put("nested", Map.of("label", "AMBER+STRICT", "note", "quote \" backslash \\ newline \n tab \t é"));
        String type = switch (i % 4) {
            case 0 -> JournalTypes.ALERT_DELIVERED;
            case 1 -> JournalTypes.SIGNAL_RECEIVED;
            case 2 -> JournalTypes.ALERT_ACKNOWLEDGED;
            default -> JournalTypes.RISK_LEVEL_CHANGED;
        };
        return new JournalEvent(type, START.plusSeconds(30L * i), "actor-" + (i % 7), i % 11 == 0 ? null : "rwanda-1993-1994",
                "alert:" + (i % 5), details);
    }

    /** Checkpoints every {@code every} entries and at the last one, as export leaves them. */
    static List<Checkpoint> checkpoints(List<JournalEntry> chain, int every, JournalSigner signer) {
        List<Checkpoint> out = new ArrayList<>();
        for (JournalEntry e : chain) {
            if (e.seq() % every == 0 || e.seq() == chain.size()) out.add(signer.sign(e.seq(), e.hash(), e.recordedAt().plusSeconds(1)));
        }
        return out;
    }

    static Path export(Path file, List<JournalEntry> chain, List<Checkpoint> checkpoints, List<PublicKey> keys) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JournalFile.Out out = new JournalFile.Out(w);
            out.header(new JournalFile.Header(START.plusSeconds(86_400), chain.size(), checkpoints.size(), keys));
            chain.forEach(out::entry);
            checkpoints.forEach(out::checkpoint);
        }
        return file;
    }

    /** Recomputes every hash from {@code from} on, as someone without the key but with a text editor and SHA-256 would. */
    static List<JournalEntry> rehashFrom(List<JournalEntry> chain, int fromIndex) {
        List<JournalEntry> out = new ArrayList<>(chain.subList(0, fromIndex));
        String prev = fromIndex == 0 ? JournalEntry.GENESIS : chain.get(fromIndex - 1).hash();
        for (JournalEntry e : chain.subList(fromIndex, chain.size())) {
            JournalEntry relinked = new JournalEntry(e.seq(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(), e.situation(),
                    e.subject(), e.details(), prev, "");
            JournalEntry rehashed = new JournalEntry(e.seq(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(), e.situation(),
                    e.subject(), e.details(), prev, relinked.computeHash());
            out.add(rehashed);
            prev = rehashed.hash();
        }
        return out;
    }
}
