package org.tocsin.intake;

import org.tocsin.common.FieldError;
import org.tocsin.common.Transactions;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.format.ImportContext;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.intake.format.ImportRecord;
import org.tocsin.intake.format.RecordReader;
import org.tocsin.intake.format.RecordReaders;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a bulk file (case file, GDELT 1.0/2.0, UCDP GED) into one situation, streaming: records
 * are read, validated and handed to the bulk loader one at a time, in constant memory. The whole
 * file is one transaction: by default any invalid record refuses the file (nothing stored, the
 * report says why); with {@code skipInvalid} the valid records are stored and the rest listed.
 * Re-importing a file changes nothing.
 */
public final class ImportService {

    /** @param fileName the file's name when known (UCDP's version is read from it), else null */
    public record Request(String situation, ImportFormat format, boolean skipInvalid, Tlp label, String submittedBy,
                          String fileName) {
        public Request(String situation, ImportFormat format, boolean skipInvalid, Tlp label, String submittedBy) {
            this(situation, format, skipInvalid, label, submittedBy, null);
        }
    }

    /**
     * Told of every committed import, inside its transaction (journal, fusion). {@code digest} is a
     * SHA-256 over the keys and content hashes of the valid records in file order, so one journal
     * entry can stand for a batch of any size and still pin down exactly what was received.
     */
    public interface Listener {
        void imported(Request request, ImportReport report, String digest);
    }

    private final java.util.List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void addListener(Listener listener) { listeners.add(listener); }

    private final SituationStore situations;
    private final SignalBulkLoader loader;
    private final SignalParser parser;
    private final Transactions transactions;
    private final Clock clock;

    public ImportService(SituationStore situations, SignalBulkLoader loader, SignalParser parser,
                         Transactions transactions, Clock clock) {
        this.situations = situations;
        this.loader = loader;
        this.parser = parser;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ImportReport importStream(Request request, InputStream in) {
        Instant now = clock.instant();
        Receipt receipt = new Receipt(now, request.submittedBy(), Channel.IMPORT_CASE);
        ImportContext ctx = new ImportContext(request.situation(), request.label(), receipt, parser);
        return transactions.inTransaction(tx -> {
            boolean created = situations.create(new Situation(request.situation(), request.situation(), null, null,
                    null, null, "{}", now, request.submittedBy()));
            long read = 0;
            long rejected = 0;
            List<ImportReport.Rejection> listed = new ArrayList<>();
            SignalBulkLoader.Result result;
            java.security.MessageDigest digest = sha256();
            try (RecordReader reader = RecordReaders.open(request.format(), in, ctx, request.fileName());
                 SignalBulkLoader.Session session = loader.open(request.situation())) {
                while (reader.hasNext()) {
                    ImportRecord record = reader.next();
                    read++;
                    switch (record) {
                        case ImportRecord.Accepted a -> {
                            String hash = a.signal().contentHash();
                            session.add(a.recordNumber(), a.line(), a.signal(), hash);
                            digest.update((a.signal().key() + "\u0000" + hash + "\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                        case ImportRecord.Rejected r -> {
                            rejected++;
                            if (listed.size() < ImportReport.LISTED) {
                                listed.add(new ImportReport.Rejection(r.recordNumber(), r.line(), null, r.errors()));
                            }
                        }
                    }
                }
                result = session.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (SignalBulkLoader.Conflict c : result.conflicts()) {
                if (listed.size() < ImportReport.LISTED) {
                    listed.add(new ImportReport.Rejection(c.recordNumber(), c.line(), c.id(), List.of(new FieldError("id",
                            "is already used by a different record"))));
                }
            }
            rejected += result.conflictCount();
            listed.sort(java.util.Comparator.comparingLong(ImportReport.Rejection::record));
            boolean commit = rejected == 0 || request.skipInvalid();
            if (!commit) tx.rollbackOnly();
            ImportReport report = new ImportReport(request.situation(), request.format().wire(), created && commit,
                    request.skipInvalid(), read, commit ? result.inserted() : 0, commit ? result.duplicates() : 0,
                    rejected, commit, listed);
            if (commit) {
                String hex = java.util.HexFormat.of().formatHex(digest.digest());
                listeners.forEach(l -> l.imported(request, report, hex));
            }
            return report;
        });
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
