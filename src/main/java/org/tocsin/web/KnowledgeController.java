package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.Public;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.audit.JournalAudit;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalJson;
import org.tocsin.audit.JournalKeys;
import org.tocsin.audit.JournalStore;
import org.tocsin.audit.Knowledge;
import org.tocsin.situation.SituationId;
import org.tocsin.situation.SituationStore;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who knew what, when (M6), and the journal it is built from: the report per situation, the
 * journal's timeline, the status of the live chain and the public key that verifies its checkpoints.
 */
@RestController
class KnowledgeController {

    private final JournalAudit audit;
    private final JournalStore journal;
    private final SituationStore situations;
    private final Clock clock;

    private final org.tocsin.web.security.Guard guard;

    KnowledgeController(JournalAudit audit, JournalStore journal, SituationStore situations, Clock clock, org.tocsin.web.security.Guard guard) {
        this.guard = guard;
        this.audit = audit;
        this.journal = journal;
        this.situations = situations;
        this.clock = clock;
    }

    /** {@code at}: an ISO-8601 instant, or a date meaning the end of that day (UTC); default now. */
    @Requires(Permission.JOURNAL_READ)
    @GetMapping("/api/situations/{id}/knowledge")
    Map<String, Object> knowledge(@PathVariable String id, @RequestParam(required = false) String at) {
        Instant when = at == null ? clock.instant() : Knowledge.parseAt(at).orElseThrow(() -> SignalController.badParam("at",
                "must be an ISO-8601 instant such as 1994-04-07T12:00:00Z, or a date such as 1994-04-07 (the end of that day, UTC)"));
        if (!situations.exists(id)) throw SituationController.notFound(id);
        return JournalJson.knowledge(audit.knowledge(id, when));
    }

    /** The journal in order: every entry after {@code after}, or one situation's. Page on with {@code next_after}. */
    @Requires(value = Permission.JOURNAL_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping("/api/journal")
    Map<String, Object> timeline(@RequestParam(required = false) String situation,
                                 @RequestParam(defaultValue = "0") long after,
                                 @RequestParam(defaultValue = "100") int limit,
                                 jakarta.servlet.http.HttpServletRequest request) {
        // the whole journal spans every situation: only an installation-wide reader may page through it
        if (situation == null && !guard.viewer(request).canEverywhere(org.tocsin.access.Permission.JOURNAL_READ)) {
            throw new org.tocsin.web.security.Forbidden("Reading the journal of every situation needs journal:read in every situation; "
                    + "give ?situation=.", "journal:read");
        }
        if (situation != null && !SituationId.valid(situation)) {
            throw SignalController.badParam("situation", "must be a situation id (a slug such as rwanda-1993-1994)");
        }
        if (after < 0) throw SignalController.badParam("after", "must be 0 or more (a journal seq)");
        if (limit < 1 || limit > 1000) throw SignalController.badParam("limit", "must be between 1 and 1000");
        List<JournalEntry> entries = journal.entries(situation, after, limit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("situation", situation);
        out.put("after", after);
        out.put("items", entries.stream().map(JournalJson::entry).toList());
        out.put("next_after", entries.size() == limit ? entries.getLast().seq() : null);
        return out;
    }

    /**
     * Verifies the whole live chain now (reads every entry: seconds for a million). One at a time, so
     * repeated calls queue rather than pile up on the database.
     */
    @Requires(value = Permission.JOURNAL_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/journal/verify")
    synchronized Map<String, Object> verify() {
        Map<String, Object> out = JournalJson.verification(audit.verify(List.of(), List.of()));
        out.put("key_id", audit.signer().keyId());
        return out;
    }

    /** The public key that verifies checkpoints, as PEM: publish it somewhere the operators of this server cannot change. */
    @Public
    @GetMapping(value = "/api/journal/public-key", produces = "application/x-pem-file")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header("X-Key-Id", audit.signer().keyId()).body(JournalKeys.pem(audit.signer().publicKey()));
    }
}
