package org.tocsin.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The journal's JSON shapes (snake_case) for the API and the command line. */
public final class JournalJson {

    private JournalJson() {}

    public static Map<String, Object> entry(JournalEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("type", e.type());
        m.put("occurred_at", e.occurredAt().toString());
        m.put("recorded_at", e.recordedAt().toString());
        m.put("actor", e.actor());
        m.put("situation", e.situation());
        m.put("subject", e.subject());
        m.put("details", plain(e.details()));
        m.put("prev_hash", e.prevHash());
        m.put("hash", e.hash());
        return m;
    }

    public static Map<String, Object> checkpoint(Checkpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", c.seq());
        m.put("hash", c.hash());
        m.put("signed_at", c.signedAt().toString());
        m.put("key_id", c.keyId());
        m.put("signature", c.signature());
        return m;
    }

    public static Map<String, Object> verification(JournalVerifier.Verification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", v.valid());
        switch (v) {
            case JournalVerifier.Verification.Valid ok -> {
                m.put("entries", ok.entries());
                m.put("checkpoints", ok.checkpoints());
                m.put("head_hash", ok.headHash());
                m.put("last_checkpoint", ok.lastCheckpoint() == null ? null : checkpoint(ok.lastCheckpoint()));
                m.put("notes", ok.notes());
            }
            case JournalVerifier.Verification.Invalid bad -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("seq", bad.problem().seq());
                p.put("fault", bad.problem().fault().name().toLowerCase(java.util.Locale.ROOT));
                p.put("message", bad.problem().message());
                m.put("problem", p);
                m.put("entries_checked", bad.entriesChecked());
            }
        }
        return m;
    }

    public static Map<String, Object> knowledge(Knowledge k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("situation", k.situation());
        m.put("at", k.at().toString());
        m.put("entries", k.entries());
        m.put("actors", k.actors().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("actor", a.actor());
            am.put("items", a.items().stream().map(JournalJson::item).toList());
            am.put("serious_risk", seriousRisk(a.seriousRisk()));
            return am;
        }).toList());
        m.put("serious_risk", k.learnedOfSeriousRisk().stream().map(a -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("actor", a.actor());
            sm.putAll(learned(a.seriousRisk().first()));
            return sm;
        }).toList());
        return m;
    }

    /**
     * When an actor learned of the serious risk of genocide: the first moment ({@code learned_at}, with
     * what carried it) and, apart, the first finding and the first prompt; null if they had not.
     */
    private static Map<String, Object> seriousRisk(SeriousRisk r) {
        if (r == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.putAll(learned(r.first()));
        m.put("finding", r.finding() == null ? null : learned(r.finding()));
        m.put("prompt", r.prompt() == null ? null : learned(r.prompt()));
        return m;
    }

    private static Map<String, Object> learned(SeriousRisk.Learned l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("learned_at", l.step().occurredAt().toString());
        m.put("basis", l.basis().wire());
        m.put("subject", l.subject());
        m.put("stage", l.step().stage().name().toLowerCase(java.util.Locale.ROOT));
        m.put("type", l.step().type());
        m.put("recorded_at", l.step().recordedAt().toString());
        m.put("seq", l.step().seq());
        if (l.step().via() != null) m.put("via", l.step().via());
        return m;
    }

    private static Map<String, Object> item(Knowledge.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", i.subject());
        m.put("received", step(i.received()));
        m.put("opened", step(i.opened()));
        List<Map<String, Object>> acted = i.acted().stream().map(JournalJson::step).toList();
        m.put("acted", acted);
        return m;
    }

    private static Map<String, Object> step(Knowledge.Step s) {
        if (s == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", s.type());
        m.put("occurred_at", s.occurredAt().toString());
        m.put("recorded_at", s.recordedAt().toString());
        m.put("seq", s.seq());
        if (s.via() != null) m.put("via", s.via());
        m.put("details", plain(s.details()));
        return m;
    }

    /** Numbers as a person writes them ({@code 100}, not {@code 1E+2}, which is how a normalised 100 prints). */
    static Object plain(Object value) {
        return switch (value) {
            case java.math.BigDecimal d when d.signum() == 0 || d.scale() <= 0 -> d.toBigIntegerExact();
            case Map<?, ?> map -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, plain(v)));
                yield out;
            }
            case List<?> list -> list.stream().map(JournalJson::plain).toList();
            case null, default -> value;
        };
    }
}
