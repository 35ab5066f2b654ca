package org.tocsin.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The export format: JSON Lines in canonical JSON, one header, then every entry in {@code seq}
 * order, then every checkpoint.
 *
 * <pre>
 * {"checkpoints":3,"entries":2817,"exported_at":"…","format":"tocsin-journal/1","keys":[{"key_id":"ed25519:…","public_key":"-----BEGIN PUBLIC KEY-----…"}],"record":"header"}
 * {"actor":"…","details":{…},"hash":"…","occurred_at":"…","prev_hash":"…","record":"entry","recorded_at":"…","seq":1,"situation":"…","subject":"…","type":"signal.received"}
 * {"hash":"…","key_id":"ed25519:…","record":"checkpoint","seq":1000,"signature":"…","signed_at":"…"}
 * </pre>
 *
 * The header is not signed: the public key it carries is a convenience, and a verification that
 * relies on it proves consistency, not authorship. Never the private key.
 */
public final class JournalFile {

    public static final String FORMAT = "tocsin-journal/1";
    private static final Set<String> ENTRY_FIELDS = Set.of("record", "seq", "type", "occurred_at", "recorded_at", "actor",
            "situation", "subject", "details", "prev_hash", "hash");
    private static final Set<String> CHECKPOINT_FIELDS = Set.of("record", "seq", "hash", "signed_at", "key_id", "signature");

    private JournalFile() {}

    /** The header line's content. */
    public record Header(Instant exportedAt, long entries, long checkpoints, List<PublicKey> keys) {
        public Header {
            keys = List.copyOf(keys);
        }
    }

    public static String headerLine(Header h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", "header");
        m.put("format", FORMAT);
        m.put("exported_at", CanonicalJson.micros(h.exportedAt()));
        m.put("entries", h.entries());
        m.put("checkpoints", h.checkpoints());
        m.put("keys", h.keys().stream().map(k -> Map.of("key_id", JournalKeys.keyId(k), "public_key", JournalKeys.pem(k))).toList());
        return CanonicalJson.write(m);
    }

    public static String entryLine(JournalEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", "entry");
        m.put("seq", e.seq());
        m.put("type", e.type());
        m.put("occurred_at", e.occurredAt());
        m.put("recorded_at", e.recordedAt());
        m.put("actor", e.actor());
        m.put("situation", e.situation());
        m.put("subject", e.subject());
        m.put("details", e.details());
        m.put("prev_hash", e.prevHash());
        m.put("hash", e.hash());
        return CanonicalJson.write(m);
    }

    public static String checkpointLine(Checkpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", "checkpoint");
        m.put("seq", c.seq());
        m.put("hash", c.hash());
        m.put("signed_at", c.signedAt());
        m.put("key_id", c.keyId());
        m.put("signature", c.signature());
        return CanonicalJson.write(m);
    }

    /** Writes lines; the caller decides where entries and checkpoints come from. */
    public static final class Out {
        private final Writer out;
        private long entries;
        private long checkpoints;

        public Out(Writer out) {
            this.out = out;
        }

        public void header(Header h) { line(headerLine(h)); }

        public void entry(JournalEntry e) {
            line(entryLine(e));
            entries++;
        }

        public void checkpoint(Checkpoint c) {
            line(checkpointLine(c));
            checkpoints++;
        }

        public long entries() { return entries; }

        public long checkpoints() { return checkpoints; }

        private void line(String s) {
            try {
                out.write(s);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Verifies an exported file, offline. With no {@code trusted} key, checkpoints are checked against
     * the keys in the file's own header (and the result says that this proves less).
     */
    public static JournalVerifier.Verification verify(Path file, Collection<PublicKey> trusted,
                                                      Collection<JournalVerifier.Anchor> anchors) throws IOException {
        // Pass 1: the header and the checkpoints (they come last, but the verifier needs them as entries stream by).
        Header header = null;
        String headerProblem = null;
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<JournalVerifier.Problem> badCheckpoints = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                Map<String, Object> m = object(line);
                if (n == 1) {
                    try {
                        header = header(m);
                    } catch (IllegalArgumentException e) {
                        headerProblem = "line 1 is not a " + FORMAT + " header: " + e.getMessage();
                    }
                    continue;
                }
                if (m == null || !"checkpoint".equals(m.get("record"))) continue;
                try {
                    checkpoints.add(checkpoint(m));
                } catch (IllegalArgumentException e) {
                    long seq = m.get("seq") instanceof BigDecimal d ? safeLong(d) : 0;
                    if (seq > 0) badCheckpoints.add(new JournalVerifier.Problem(seq, JournalVerifier.Fault.MALFORMED,
                            "line " + n + ": malformed checkpoint: " + e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            headerProblem = "the file is not valid UTF-8";
        }

        if (header == null && headerProblem == null) headerProblem = "the file is empty";
        boolean ownKeys = trusted.isEmpty() && header != null;
        JournalVerifier v = new JournalVerifier(ownKeys ? header.keys() : trusted, checkpoints, anchors);
        badCheckpoints.forEach(p -> v.flag(p.seq(), p.fault(), p.message()));
        if (headerProblem != null) {
            v.malformed(headerProblem);
            return v.finish();
        }

        // Pass 2: the entries, in file order.
        long entries = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            long n = 1;
            while ((line = in.readLine()) != null && !v.failed()) {
                n++;
                Map<String, Object> m = object(line);
                Object record = m == null ? null : m.get("record");
                if ("checkpoint".equals(record)) {
                    if (m.get("seq") instanceof BigDecimal d && safeLong(d) > 0) continue; // read in pass 1
                    v.malformed("line " + n + ": a checkpoint without a valid seq");
                } else if ("entry".equals(record)) {
                    entries++;
                    try {
                        v.accept(entry(m));
                    } catch (IllegalArgumentException e) {
                        v.malformed("line " + n + ": malformed entry: " + e.getMessage());
                    }
                } else {
                    v.malformed("line " + n + (m == null ? " is not a JSON object" : " is neither an entry nor a checkpoint"));
                }
            }
        } catch (CharacterCodingException e) {
            v.malformed("the file is not valid UTF-8 after the last entry read");
        }
        if (!v.failed() && header.checkpoints() != checkpoints.size()) {
            v.note("the header announces " + header.checkpoints() + " checkpoints but the file holds " + checkpoints.size());
        }
        if (ownKeys) {
            v.note("checkpoint signatures were checked against the public key in the file itself ("
                    + String.join(", ", header.keys().stream().map(JournalKeys::keyId).toList()) + "): that shows the file"
                    + " is consistent, not who signed it; pass the public key published separately (--public-key)");
        }
        JournalVerifier.Verification result = v.finish();
        if (result.valid() && header.entries() != entries) {
            // the header is not signed, but a count that disagrees still shows the file was cut or padded
            long at = Math.min(entries, header.entries()) + 1;
            String what = "the header announces " + header.entries() + " entries but the file holds " + entries;
            return new JournalVerifier.Verification.Invalid(entries < header.entries()
                    ? new JournalVerifier.Problem(at, JournalVerifier.Fault.TRUNCATED, "missing: " + what)
                    : new JournalVerifier.Problem(at, JournalVerifier.Fault.SEQUENCE, "not announced: " + what), entries);
        }
        return result;
    }

    private static Map<String, Object> object(String line) {
        try {
            return CanonicalJson.parse(line) instanceof Map<?, ?> m ? cast(m) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) { return (Map<String, Object>) m; }

    static Header header(Map<String, Object> m) {
        if (m == null) throw new IllegalArgumentException("not a JSON object");
        if (!"header".equals(m.get("record")) || !FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("record must be header and format " + FORMAT);
        }
        List<PublicKey> keys = new ArrayList<>();
        if (!(m.get("keys") instanceof List<?> list)) throw new IllegalArgumentException("keys must be a list");
        for (Object k : list) {
            if (!(k instanceof Map<?, ?> key) || !(key.get("public_key") instanceof String pem)) {
                throw new IllegalArgumentException("each key needs a public_key");
            }
            keys.add(JournalKeys.publicKey(pem));
        }
        return new Header(instant(m, "exported_at"), longField(m, "entries"), longField(m, "checkpoints"), keys);
    }

    static JournalEntry entry(Map<String, Object> m) {
        exactly(m, ENTRY_FIELDS);
        if (!(m.get("details") instanceof Map<?, ?> details)) throw new IllegalArgumentException("details must be an object");
        Object situation = m.get("situation");
        if (situation != null && !(situation instanceof String)) throw new IllegalArgumentException("situation must be a string or null");
        return new JournalEntry(longField(m, "seq"), string(m, "type"), instant(m, "occurred_at"), instant(m, "recorded_at"),
                string(m, "actor"), (String) situation, string(m, "subject"), cast(details), string(m, "prev_hash"),
                string(m, "hash"));
    }

    static Checkpoint checkpoint(Map<String, Object> m) {
        exactly(m, CHECKPOINT_FIELDS);
        return new Checkpoint(longField(m, "seq"), string(m, "hash"), instant(m, "signed_at"), string(m, "key_id"),
                string(m, "signature"));
    }

    private static void exactly(Map<String, Object> m, Set<String> fields) {
        for (String f : fields) if (!m.containsKey(f)) throw new IllegalArgumentException("lacks " + f);
        for (String f : m.keySet()) if (!fields.contains(f)) throw new IllegalArgumentException("has an unknown field " + f);
    }

    private static String string(Map<String, Object> m, String field) {
        if (m.get(field) instanceof String s) return s;
        throw new IllegalArgumentException(field + " must be a string");
    }

    private static long longField(Map<String, Object> m, String field) {
        if (m.get(field) instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(field + " must be a whole number");
            }
        }
        throw new IllegalArgumentException(field + " must be a number");
    }

    private static long safeLong(BigDecimal d) {
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    private static Instant instant(Map<String, Object> m, String field) {
        try {
            return Instant.parse(string(m, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO-8601 instant");
        }
    }
}
