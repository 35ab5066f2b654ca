package org.tocsin.source;

import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.support.IntegrationTest;

import java.util.List;
import java.util.Map;

/** Shared fixtures of the sealed-sources integration tests: unique ids and people, journal reads. */
abstract class SourceIntegrationTest extends IntegrationTest {

    @Autowired Sealer sealer;
    @Autowired SealingKeys keys;
    @Autowired SourceService sources;
    @Autowired ProtectionRequests protection;

    SourceApi api;

    /** The sources API as {@link #SUPERUSER}; {@code sourceApi().as(person)} for a particular person. */
    SourceApi sourceApi() {
        if (api == null) api = new SourceApi(port, person -> tokenFor(person, null, null), SUPERUSER);
        return api;
    }

    /** An opaque id unique to this run (never a name: see SourceInput.revealsName). */
    static String newId(String prefix) { return uniqueSituation("src-" + prefix); }

    /** The journal entries about a source, oldest first: type, actor and details as text. */
    List<Map<String, Object>> journal(String pseudonym) {
        return jdbc.queryForList("select type, actor, details::text as details from journal where subject = ? order by seq",
                "source:" + pseudonym);
    }

    String pseudonymOf(String id) {
        return jdbc.queryForObject("select pseudonym from source where id = ?", String.class, id);
    }
}
