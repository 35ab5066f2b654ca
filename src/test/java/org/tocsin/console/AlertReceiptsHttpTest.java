package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An alert's read receipts: the first time a recipient opens it, their delivery says when; others leave none. */
class AlertReceiptsHttpTest extends IntegrationTest {

    private static String openedAt(Api api, long id, String recipient) {
        for (var d : api.get("/api/alerts/" + id).json().path("deliveries")) {
            if (d.path("recipient").asString().equals(recipient)) return d.path("opened_at").isNull() ? null : d.path("opened_at").asString();
        }
        throw new AssertionError("no delivery to " + recipient);
    }

    @Test
    void theRecipientOpeningAnAlertLeavesAReceiptOnceAndAReaderWhoIsNotARecipientLeavesNone() {
        String s = uniqueSituation("receipts");
        createSituation(s);
        String desk = "receipts-desk-" + s;
        as(desk, s, Role.DESK_OFFICER);
        AlertFixtures.ladder(admin(), s, desk, null);
        long id = AlertFixtures.raise(as("receipts-cmdr-" + s, s, Role.COMMANDER), s, "critical", "Caches found");

        assertThat(openedAt(as("receipts-analyst-" + s, s, Role.ANALYST), id, desk)).as("another reader leaves no receipt").isNull();
        Api deskApi = as(desk, s, Role.DESK_OFFICER);
        String first = openedAt(deskApi, id, desk);
        assertThat(first).isNotNull();
        assertThat(openedAt(deskApi, id, desk)).as("the first opening is the receipt").isEqualTo(first);
    }
}
