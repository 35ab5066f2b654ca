package org.tocsin.console;

import org.tocsin.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts for the console's tests, set up through the API as an administrator would: a desk officer
 * assigned to the position {@code headquarters-desk} of a situation, an escalation policy whose first
 * level addresses that position and whose top level addresses one person, and alerts raised by a
 * field commander (their originator).
 */
final class AlertFixtures {

    private AlertFixtures() {}

    /**
     * Assigns the desk position and sets the policy: the desk (2 h to acknowledge, 24 h to decide), then
     * {@code top}; with no top, the desk is the only (and so the top) level, where a missed deadline
     * makes the alert overdue instead of climbing.
     */
    static void ladder(Api admin, String situation, String desk, String top) {
        var assigned = admin.post("/api/situations/" + situation + "/positions", """
                {"position": "headquarters-desk", "person": "%s", "from": "2000-01-01"}""".formatted(desk));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        String next = top == null ? "" : """
                ,
                  {"name": "under-secretary", "recipients": ["person:%s"],
                   "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"}""".formatted(top);
        var policy = admin.put("/api/situations/" + situation + "/escalation-policy", """
                {"levels": [
                  {"name": "headquarters desk", "recipients": ["position:headquarters-desk"],
                   "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"}%s]}""".formatted(next));
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    }

    /** Raises an alert as the caller (who becomes its originator); returns its id. */
    static long raise(Api originator, String situation, String severity, String explanation) {
        return raise(originator, situation, severity, explanation, "");
    }

    /** The same, resting on these signals (ids within the situation). */
    static long raise(Api originator, String situation, String severity, String explanation, String... evidence) {
        String ids = String.join(", ", java.util.Arrays.stream(evidence).filter(e -> !e.isEmpty()).map(e -> "\"" + e + "\"").toList());
        var r = originator.post("/api/alerts", """
                {"situation": "%s", "severity": "%s", "explanation": "%s", "label": "AMBER", "evidence": [%s]}"""
                .formatted(situation, severity, explanation, ids));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }
}
