package org.tocsin.notification.cap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.jdbc.JdbcAlertStore;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.SituationStore;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CAP feed over HTTP, on alerts raised through the API with every label: each published message
 * is valid CAP 1.2, and only CLEAR ones are published (GREEN too, for a community feed) — AMBER and
 * RED never, not even as a 403 that would confirm they exist.
 */
class CapFeedIntegrationTest extends IntegrationTest {

    @Autowired
    SituationStore situations;

    @Autowired
    SignalStore signals;

    String situation;
    final Map<Tlp, Long> ids = new EnumMap<>(Tlp.class);

    @BeforeEach
    void raiseAnAlertWithEachLabel() {
        situation = uniqueSituation("cap");
        createSituation(situation);
        String originator = "cap-originator-" + situation;
        var person = api().post("/api/people", """
                {"id": "%s", "name": "Field monitor %s", "email": "%s@example.invalid"}""".formatted(originator, situation, originator));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        for (Tlp label : Tlp.values()) {
            var r = as(originator).post("/api/alerts", """
                    {"situation": "%s", "severity": "high", "label": "%s",
                     "explanation": "Arms are being distributed to militia (%s)."}""".formatted(situation, label.wire(), label.wire()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            ids.put(label, r.json().path("id").asLong());
        }
    }

    List<String> published(Document feed) {
        return CapSchema.alerts(feed).stream().map(a -> CapSchema.parameter(a, "tocsin:alert")).toList();
    }

    @Test
    void theFeedIsAnAtomFeedOfValidCapMessagesWithOnlyTheClearAlert() {
        Api.Response r = api().get("/api/cap/alerts");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
        Document feed = CapSchema.parse(r.body());
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(CapRenderer.ATOM_NS);
        List<Element> alerts = CapSchema.alerts(feed);
        assertThat(alerts).isNotEmpty();
        alerts.forEach(CapSchema::validate);
        assertThat(published(feed)).contains(Long.toString(ids.get(Tlp.CLEAR)))
                .doesNotContain(Long.toString(ids.get(Tlp.GREEN)), Long.toString(ids.get(Tlp.AMBER)),
                        Long.toString(ids.get(Tlp.AMBER_STRICT)), Long.toString(ids.get(Tlp.RED)));
        alerts.forEach(a -> assertThat(CapSchema.text(a, "scope")).isEqualTo("Public"));
    }

    @Test
    void aClearAlertIsAValidCapDocumentOfItsOwn() {
        Api.Response r = api().get("/api/cap/alerts/" + ids.get(Tlp.CLEAR));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/xml");
        Element alert = CapSchema.validAlert(r.body());
        assertThat(alert.getNamespaceURI()).isEqualTo(CapRenderer.CAP_NS);
        assertThat(CapSchema.text(alert, "msgType")).isEqualTo("Alert");
        assertThat(CapSchema.text(alert, "urgency")).isEqualTo("Expected");
        assertThat(CapSchema.text(alert, "description")).contains("Arms are being distributed to militia (CLEAR).");
    }

    @Test
    void greenAmberAndRedAlertsAreNotFoundLikeAlertsThatDoNotExist() {
        for (Tlp label : List.of(Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED)) {
            Api.Response r = api().get("/api/cap/alerts/" + ids.get(label));
            assertThat(r.status()).as(label.label()).isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body()).doesNotContain("Arms are being distributed");
        }
        assertThat(api().get("/api/cap/alerts/987654321").status()).isEqualTo(404);
    }

    @Test
    void aCommunityFeedAlsoCarriesGreenAsRestrictedButNeverAmberOrRed() {
        var mapping = new CapMapping(new CapMapping.Settings("tocsin@community.example", "Tocsin", CapMessage.Status.Actual));
        var community = new CapFeed(new JdbcAlertStore(jdbc), situations, (s, id) -> signals.find(new SignalKey(s, id)), mapping,
                CapFeed.Audience.COMMUNITY, 1000);
        var renderer = new CapRenderer();

        Map<Long, CapMessage> mine = new java.util.HashMap<>();
        community.recent().stream().filter(p -> ids.containsValue(p.alertId())).forEach(p -> mine.put(p.alertId(), p.message()));

        assertThat(mine.keySet()).containsExactlyInAnyOrder(ids.get(Tlp.CLEAR), ids.get(Tlp.GREEN));
        Element green = CapSchema.validAlert(renderer.alert(mine.get(ids.get(Tlp.GREEN))));
        assertThat(CapSchema.text(green, "scope")).isEqualTo("Restricted");
        assertThat(CapSchema.text(green, "restriction")).startsWith("TLP:GREEN");
        assertThat(community.find(ids.get(Tlp.AMBER))).isEmpty();
        assertThat(community.find(ids.get(Tlp.RED))).isEmpty();
    }

    @Test
    void theCapEndpointsAreInTheOpenApiDescription() {
        Api.Response r = api().get("/api/openapi");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("paths").has("/api/cap/alerts")).isTrue();
        assertThat(r.json().path("paths").has("/api/cap/alerts/{id}")).isTrue();
        assertThat(r.json().path("paths").path("/api/cap/alerts").path("get").path("summary").asString()).contains("CAP 1.2");
    }
}
