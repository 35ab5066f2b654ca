package org.tocsin.audit;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What an auditor does with the live journal: verify it, export it for offline verification, and
 * ask who knew what, when.
 */
public final class JournalAudit {

    private static final int PAGE = 2000;

    private final JournalStore store;
    private final JournalSigner signer;
    private final Clock clock;

    public JournalAudit(JournalStore store, JournalSigner signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    public JournalSigner signer() { return signer; }

    /**
     * Verifies the stored journal. Checkpoints count when signed by this installation's key or by
     * one of {@code alsoTrusted} (earlier keys, or the published copy an auditor holds).
     */
    public JournalVerifier.Verification verify(Collection<PublicKey> alsoTrusted, Collection<JournalVerifier.Anchor> anchors) {
        List<PublicKey> trusted = new ArrayList<>(alsoTrusted);
        trusted.add(signer.publicKey());
        // checkpoints first: each is written with or after its entry, so every entry they name is then readable
        JournalVerifier v = new JournalVerifier(trusted, store.checkpoints(), anchors);
        long end = store.head().map(JournalEntry::seq).orElse(0L);
        long after = 0;
        while (after < end && !v.failed()) {
            List<JournalEntry> page = store.entries(null, after, (int) Math.min(PAGE, end - after));
            if (page.isEmpty()) break;
            for (JournalEntry e : page) {
                if (!v.accept(e)) break;
            }
            after = page.getLast().seq();
        }
        return v.finish();
    }

    /** What an export wrote. {@code checkpoint} covers the last entry exported. */
    public record Exported(long entries, long checkpoints, Optional<Checkpoint> checkpoint) {}

    /**
     * Writes the journal in the export format, after signing its head, so that the file is covered
     * by a checkpoint up to its last entry (cutting entries off its end then shows). Entries appended
     * while the export runs are left for the next one.
     */
    public Exported export(JournalFile.Out out) {
        Optional<Checkpoint> head = store.checkpointHead();
        long end = head.map(Checkpoint::seq).orElse(0L);
        List<Checkpoint> checkpoints = store.checkpoints().stream().filter(c -> c.seq() <= end).toList();
        out.header(new JournalFile.Header(clock.instant(), end, checkpoints.size(), List.of(signer.publicKey())));
        long after = 0;
        while (after < end) {
            List<JournalEntry> page = store.entries(null, after, (int) Math.min(PAGE, end - after));
            if (page.isEmpty()) break;
            page.forEach(out::entry);
            after = page.getLast().seq();
        }
        checkpoints.forEach(out::checkpoint);
        return new Exported(out.entries(), out.checkpoints(), head);
    }

    /** Who knew what about {@code situation} by {@code at}. */
    public Knowledge knowledge(String situation, Instant at) {
        Knowledge.Builder b = new Knowledge.Builder(situation, at);
        store.forEachUpTo(situation, at, b::add);
        return b.build();
    }
}
