package org.tocsin.source;

import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Seals and opens records through {@link SealingKeys} and keeps their envelopes in the
 * {@link SealedStore}; rotates them to the keyset's primary key. Plaintext byte arrays are wiped as
 * soon as they are encrypted or decoded.
 */
public final class Sealer {

    private static final int ROTATION_BATCH = 200;

    private final SealingKeys keys;
    private final SealedStore store;
    private final Transactions transactions;
    private final Journal journal;
    private final Clock clock;

    public Sealer(SealingKeys keys, SealedStore store, Transactions transactions, Journal journal, Clock clock) {
        this.keys = keys;
        this.store = store;
        this.transactions = transactions;
        this.journal = journal;
        this.clock = clock;
    }

    public SealingKeys keys() { return keys; }

    void seal(String ref, SourceId source, byte[] plaintext, Instant at) {
        try {
            store.put(ref, source, keys.seal(plaintext, ref), at);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * Opens a record and decodes it, wiping the plaintext bytes afterwards.
     *
     * @throws SealBroken when there is no such record or it cannot be opened
     */
    <T> T open(String ref, Function<byte[], T> decode) {
        byte[] plain = keys.open(store.find(ref).orElseThrow(() -> new SealBroken(ref)), ref);
        try {
            return decode.apply(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Re-encrypts every record that is not under the keyset's primary key: each gets a new data key,
     * wrapped by the primary. In batches, each its own transaction, rows locked with SKIP LOCKED, so
     * it can run beside normal work and be run again after an interruption. A record that cannot be
     * opened (its key left the keyset, or the row was altered or moved) is left as it is and named in
     * the report: one damaged row must not keep every other record under an old key.
     *
     * @param actor who asked ({@code system} at start-up, {@code cli:<user>} …), for the journal
     */
    public RotationReport rotate(String actor) {
        long total = 0;
        List<String> unreadable = new ArrayList<>();
        String after = "";
        while (true) {
            String from = after;
            var batch = transactions.inTransaction(tx -> {
                // read per batch: a keyset replaced mid-run moves the target
                var rows = store.lockNotUnder(keys.primaryKeyId(), from, ROTATION_BATCH);
                Instant now = clock.instant();
                List<String> failed = new ArrayList<>();
                for (var row : rows) {
                    byte[] plain;
                    try {
                        plain = keys.open(row.envelope(), row.ref());
                    } catch (SealBroken e) {
                        failed.add(row.ref());
                        continue;
                    }
                    seal(row.ref(), row.source(), plain, now);
                }
                return new Batch(rows.isEmpty() ? from : rows.getLast().ref(), rows.size(), failed);
            });
            total += batch.size() - batch.failed().size();
            unreadable.addAll(batch.failed());
            if (batch.size() < ROTATION_BATCH) break;
            after = batch.last();
        }
        var report = new RotationReport(keys.primaryKeyId(), total, unreadable, store.countByKey());
        if (total > 0 || !unreadable.isEmpty()) journal.append(SourceEvents.keysRotated(report, actor, clock.instant()));
        return report;
    }

    private record Batch(String last, int size, List<String> failed) {}
}
