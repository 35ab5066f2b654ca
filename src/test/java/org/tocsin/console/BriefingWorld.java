package org.tocsin.console;

import org.tocsin.access.Role;
import org.tocsin.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A situation of a test's own with a small deciding body (Aland, Bland, and Governia, who represents
 * the government the evidence implicates), a sender and an outsider, set up through the API. Who acts is
 * the person the API token is for, never a field of the body, so each step is taken with that person's
 * {@link Api}: the sender and the outsider are desk officers of the situation ({@link #SENDER_ROLE}),
 * the members of the body Council members there ({@link #MEMBER_ROLE}).
 */
record BriefingWorld(String situation, String council, String sender, String outsider) {

    /** What the sender and the outsider hold in the situation: they may send, read and receive briefings. */
    static final Role SENDER_ROLE = Role.DESK_OFFICER;
    /** What each member of the body holds in the situation: they receive briefings. */
    static final Role MEMBER_ROLE = Role.COUNCIL_MEMBER;

    String member(String code) { return council + ":" + code; }

    static BriefingWorld create(Api api, String situation) {
        String council = "council-" + situation;
        var r = api.post("/api/situations", """
                {"id": "%s", "name": "Briefing test %s", "country": "RW",
                 "bodies": [{"id": "%s", "name": "Council", "members": [
                     {"id": "AA", "name": "Aland"}, {"id": "BB", "name": "Bland"},
                     {"id": "GV", "name": "Governia", "represents": "government"}]}],
                 "actors": [{"id": "government"}, {"id": "militia", "part_of": "government"}]}
                """.formatted(situation, situation, council, council));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        BriefingWorld w = new BriefingWorld(situation, council, "sender-" + situation, "outsider-" + situation);
        for (String p : new String[]{w.sender(), w.outsider()}) {
            var person = api.post("/api/people", """
                    {"id": "%s", "name": "Desk officer %s", "email": "%s@example.org"}""".formatted(p, p, p));
            assertThat(person.status()).as(person.body()).isEqualTo(201);
        }
        var signal = api.post("/api/signals", """
                {"situation": "%s", "id": "arms-1", "date": "1994-01-11", "kind": "field_report", "source": "Force commander",
                 "source_id": "force-commander", "source_type": "un_field", "reliability": "B", "credibility": "2", "label": "AMBER",
                 "summary": "An informant reports arms caches held by the militia and lists of names.", "implicates": ["militia"]}"""
                .formatted(situation));
        assertThat(signal.status()).as(signal.body()).isEqualTo(201);
        return w;
    }

    /** A briefing sent through the API by the world's sender ({@code sender} acts as them), resting on the signal that implicates the government; its id. */
    long brief(Api sender, String title) {
        var sent = sender.post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": %s, "text": "Caches of arms; the informant fears extermination.",
                 "label": "AMBER", "evidence": ["arms-1"]}""".formatted(situation, council, Api.JSON.writeValueAsString(title)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().path("sender").asString()).isEqualTo(this.sender);
        return sent.json().path("id").asLong();
    }

    /** A member ({@code member} acts as them) opens or acknowledges a briefing through the API. */
    void receipt(Api member, long briefing, String action) {
        var r = member.post("/api/briefings/" + briefing + "/" + action, "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
