package org.tocsin.protection;

import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The journal events of the protection capability: a force version recorded, a change proposed (or
 * ordered, or decided), an impact assessed. Details identify and count — kinds, ids, versions,
 * numbers, confidence — and carry the author's short rationale, never other free text.
 */
public final class ProtectionJournal {

    private ProtectionJournal() {}

    /** A new version of a situation's force: imported, or edited. Subject {@code force:<situation>/v<n>}. */
    public static final String FORCE_VERSIONED = "protection.force_versioned";
    /** A change reducing protection was put on record. Actor: who proposed or ordered it. Subject: the change. */
    public static final String CHANGE_PROPOSED = "protection.change_proposed";
    /** An impact assessment was made: attached to a change (actor {@code system}), or asked for (actor: who asked). */
    public static final String IMPACT_ASSESSED = "protection.impact_assessed";

    public static String forceSubject(String situation, int version) {
        return "force:" + situation + "/v" + version;
    }

    static JournalEvent versioned(VersionInfo v, int edits) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("version", v.version());
        d.put("origin", v.origin().wire());
        d.put(JournalTypes.Keys.DIGEST, v.digest());
        d.put(JournalTypes.Keys.RATIONALE, v.reason());
        if (edits > 0) d.put(JournalTypes.Keys.COUNT, edits);
        return new JournalEvent(FORCE_VERSIONED, v.createdAt(), v.createdBy(), v.situation(), forceSubject(v.situation(), v.version()), d);
    }

    static JournalEvent proposed(RecordedChange r) {
        ProtectionChange c = r.change();
        Map<String, Object> d = new LinkedHashMap<>(change(c.change()));
        d.put("form", c.form().wire());
        d.put("effective_on", c.effectiveOn().toString());
        d.put("force_version", c.forceVersion());
        d.put(JournalTypes.Keys.RATIONALE, c.rationale());
        return new JournalEvent(CHANGE_PROPOSED, c.occurredAt(), c.proposedBy(), c.situation(), r.subject(), d);
    }

    static JournalEvent assessed(ImpactAssessment a, String actor, String subject, Instant at) {
        Map<String, Object> d = new LinkedHashMap<>(change(a.change()));
        d.put("form", a.form().wire());
        d.put("on", a.on().toString());
        a.basis().version().ifPresent(v -> d.put("force_version", v));
        d.put("sites_unguarded", a.sitesUnguarded());
        d.put("people_exposed", Map.of("low", a.exposed().people().low(), "value", a.exposed().people().value(),
                "high", a.exposed().people().high()));
        a.exposed().confidence().ifPresent(c -> d.put("confidence", c.wire()));
        d.put("likely_to_follow", a.likelyToFollow().stream().map(FollowTheLeaderPolicy.Follower::contingent).toList());
        return new JournalEvent(IMPACT_ASSESSED, at, actor, a.basis().situation(), subject, d);
    }

    private static Map<String, Object> change(ProposedChange c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", c.kind());
        switch (c) {
            case ProposedChange.Withdrawal w -> d.put("contingent", w.contingent());
            case ProposedChange.SiteLeft s -> d.put("site", s.site());
            case ProposedChange.ForceCut f -> d.put("target_strength", f.targetStrength());
        }
        return d;
    }
}
