package org.tocsin.console;

import org.tocsin.support.Api;
import org.tocsin.web.SignalApiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * January 1994 as a situation of its own, for the console's determination pages: the demo's records of
 * the officers' letter, the bishop on arms, the Interahamwe demonstration, the informant and the
 * 11 January cable, which make a serious-risk determination due; and that determination as a desk
 * could have recorded it the next day, with a co-signer, a dissent and an alternative considered.
 * (A copy rather than the demo itself, so that recording it changes nothing other tests read.)
 */
final class January1994 {

    private January1994() {}

    /** Who records {@link #SERIOUS_RISK}: the author is the person calling (an analyst of the situation), never a field of the body. */
    static final String AUTHOR = "jmac-analyst";

    static final List<String> SIGNALS = List.of("rw-009", "rw-011", "rw-015", "rw-016", "rw-017");

    static final String SERIOUS_RISK = """
            {"type": "SERIOUS_RISK_OF_GENOCIDE", "co_signers": ["force-commander"],
             "occurred_at": "1994-01-12T09:00:00Z",
             "dissents": [{"person": "political-adviser", "text": "The informant is unproven; I would wait for the arms caches."}],
             "note": "Officers, an informant and a bishop independently describe lists, militias and arms.",
             "alternatives": [{"text": "Civil-defence preparations against the RPF", "rejected": true,
                               "reason": "the lists name Tutsi civilians in Kigali, not combatants", "evidence": ["rw-016"]}],
             "elements": [
               {"element": "GEN-G1", "status": "established", "reasoning": "Tutsi: an ethnic group recorded on identity cards", "evidence": ["rw-016"]},
               {"element": "GEN-G2", "status": "established", "reasoning": "lists of Tutsi in Kigali are being drawn up", "evidence": ["rw-016", "rw-017"]},
               {"element": "GEN-A(a)", "status": "established", "reasoning": "the informant speaks of 1,000 killings in 20 minutes", "evidence": ["rw-017"]},
               {"element": "GEN-I", "status": "established", "reasoning": "a plan to exterminate, militias trained and armed",
                "inference_rules": ["INF-6", "INF-9"],
                "evidence": ["rw-009", {"signal": "rw-016", "bearing": "supports", "note": "lists and training"}, "rw-011"]},
               {"element": "GEN-P", "status": "established", "reasoning": "the Tutsi of Kigali first, then the country", "inference_rules": ["SP-3"]}
             ]}
            """;

    /** A new situation holding the January 1994 records; the serious-risk determination is then due. */
    static String situation(Api api, String id) throws Exception {
        var r = api.post("/api/situations", """
                {"id": "%s", "name": "Rwanda, January 1994", "country": "RW", "watch_from": "1993-10-01", "watch_to": "1994-01-11"}
                """.formatted(id));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        for (String s : SIGNALS) assertThat(api.post("/api/signals", SignalApiTest.caseLine(s, id)).status()).isEqualTo(201);
        return id;
    }

    /** Records the serious-risk determination, {@code api} acting as {@link #AUTHOR}; returns its id. */
    static long recordSeriousRisk(Api api, String situation) {
        var r = api.post("/api/situations/" + situation + "/determinations", SERIOUS_RISK);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }
}
