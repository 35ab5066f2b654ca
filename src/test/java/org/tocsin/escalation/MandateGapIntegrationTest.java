package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.Outcome;
import org.tocsin.intake.Channel;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SubmitOutcome;
import org.tocsin.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * M3 and M5 on the real store: a refusal on mandate grounds goes to every member of the mandating
 * body; the member who represents the implicated government is held until an authorised override.
 */
class MandateGapIntegrationTest extends EscalationIntegrationTest {

    @Autowired IntakeService intake;

    /**
     * Submitted as a bulk record, which live wiring does not hand to escalation: these tests drive
     * {@link RequestService#onSignal} themselves (LiveEscalationWiringTest covers the automatic path).
     */
    private Signal submit(World w, String json) {
        var outcome = intake.submit(Api.JSON.readTree(json.replace("SITUATION", w.situation())), "tester", Channel.IMPORT_CASE);
        assertThat(outcome).isInstanceOf(SubmitOutcome.Created.class);
        return ((SubmitOutcome.Created) outcome).signal();
    }

    /** The informant, the request relaying him, and the refusal on mandate grounds (rw-016/017/018, abridged). */
    private RequestService.Decision theElevenJanuaryExchange(World w) {
        submit(w, """
                {"situation": "SITUATION", "id": "inf-1", "date": "2099-01-10", "kind": "intelligence", "source": "Informant",
                 "source_type": "informant", "reliability": "C", "credibility": "2", "summary": "Told to register every Tutsi",
                 "implicates": ["militia"]}""");
        Signal request = submit(w, """
                {"situation": "SITUATION", "id": "req-1", "date": "2099-01-11", "kind": "field_report", "source": "Force Commander",
                 "source_type": "un_field", "reliability": "B", "credibility": "2", "summary": "Intends to raid the arms caches",
                 "action": "authorise raids on militia arms caches within 36 hours", "requested_by": "Force Commander",
                 "deadline": "2099-01-12", "relays": ["inf-1"], "implicates": ["militia"]}""");
        assertThat(requests.onSignal(request)).isInstanceOf(RequestService.OnSignal.Registered.class);
        Signal refusal = submit(w, """
                {"situation": "SITUATION", "id": "dec-1", "date": "2099-01-11", "kind": "decision", "source": "Headquarters",
                 "source_type": "un_hq", "reliability": "A", "credibility": "1", "summary": "The raid goes beyond the mandate",
                 "responds_to": "req-1", "outcome": "refused", "ground": "outside_mandate", "marking": "NO DISTRIBUTION"}""");
        var decided = requests.onSignal(refusal);
        assertThat(decided).isInstanceOf(RequestService.OnSignal.Decided.class);
        return ((RequestService.OnSignal.Decided) decided).decision();
    }

    @Test
    void aRefusalOnMandateGroundsOpensAnAlertToEveryMemberOfTheMandatingBody() {
        World w = world("gap-members");
        var decision = theElevenJanuaryExchange(w);

        assertThat(decision.request().status()).isEqualTo(ActionRequest.Status.REFUSED);
        assertThat(decision.request().evidence()).contains("req-1", "inf-1");
        Alert gap = decision.mandateGap().orElseThrow();
        assertThat(gap.kind()).isEqualTo(Alert.Kind.MANDATE_GAP);
        assertThat(gap.requestId()).isEqualTo(decision.request().id());
        assertThat(gap.evidence()).contains("req-1", "inf-1", "dec-1");
        assertThat(gap.implicated()).contains("militia", "party", "government");
        assertThat(gap.marking()).isEqualTo("NO DISTRIBUTION");
        var deliveries = alerts.view(gap.id()).orElseThrow().deliveries();
        assertThat(deliveries).extracting(Delivery::recipient).containsExactlyInAnyOrder(w.member("AA"), w.member("BB"), w.member("GV"));
        assertThat(requests.history(decision.request().id())).extracting(EscalationEvent::type)
                .contains(EscalationEvent.REQUEST_REGISTERED, EscalationEvent.REQUEST_DECIDED, EscalationEvent.MANDATE_GAP_OPENED);
    }

    @Test
    void theMemberRepresentingTheImplicatedGovernmentIsHeldUntilAnAuthorisedOverrideWithARationale() {
        World w = world("gap-held");
        Alert gap = theElevenJanuaryExchange(w).mandateGap().orElseThrow();

        var deliveries = alerts.view(gap.id()).orElseThrow().deliveries();
        assertThat(deliveries).filteredOn(d -> d.status() == Delivery.Status.DELIVERED).extracting(Delivery::recipient)
                .containsExactlyInAnyOrder(w.member("AA"), w.member("BB"));
        Delivery held = deliveries.stream().filter(d -> d.status() == Delivery.Status.HELD).findFirst().orElseThrow();
        assertThat(held.recipient()).isEqualTo(w.member("GV"));
        assertThat(held.conflictActor()).isEqualTo("government");
        assertThat(held.warning()).contains("implicates");

        var listed = api().get("/api/deliveries/held?situation=" + w.situation());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).singleElement().satisfies(d -> assertThat(d.path("recipient").asString()).isEqualTo(w.member("GV")));

        var noRationale = as(w.head()).post("/api/deliveries/" + held.id() + "/override", "{}");
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.errorFields()).containsExactly("rationale");
        assertThat(disclosures.override(held.id(), w.outsider(), "they should know", w.t0())).isInstanceOf(Outcome.Forbidden.class);

        var ok = as(w.head()).post("/api/deliveries/" + held.id() + "/override", """
                {"rationale": "The Council as a whole must decide; the source is already protected"}""");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("status").asString()).isEqualTo("released");
        assertThat(ok.json().path("overridden_by").asString()).isEqualTo(w.head());
        assertThat(disclosures.held(w.situation())).isEmpty();
        assertThat(disclosures.override(held.id(), w.head(), "again", w.t0())).isInstanceOf(Outcome.Conflict.class);
        var events = jdbc.queryForList("select type from escalation_event where subject = ? order by seq", String.class, "delivery:" + held.id());
        assertThat(events).containsExactly(EscalationEvent.DISCLOSURE_HELD, EscalationEvent.DISCLOSURE_OVERRIDDEN);
    }

    @Test
    void aRequestCanBeDeferredAndDecidedAgainThroughTheApi() {
        World w = world("gap-api");
        var created = as(w.head()).post("/api/requests", """
                {"situation": "%s", "action": "reinforce to 5,000", "wanted_by": "2099-04-12"}""".formatted(w.situation()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        var noGround = as(w.usg()).post("/api/requests/" + id + "/decisions", """
                {"outcome": "refused", "rationale": "no"}""");
        assertThat(noGround.status()).isEqualTo(422);
        assertThat(noGround.errorFields()).containsExactly("ground");

        var deferred = as(w.usg()).post("/api/requests/" + id + "/decisions", """
                {"outcome": "deferred", "rationale": "awaiting troop contributors", "new_deadline": "2099-04-20"}""");
        assertThat(deferred.status()).as(deferred.body()).isEqualTo(200);
        assertThat(deferred.json().path("status").asString()).isEqualTo("deferred");
        assertThat(deferred.json().path("deadline").asString()).isEqualTo("2099-04-20T00:00:00Z");

        var refused = as(w.usg()).post("/api/requests/" + id + "/decisions", """
                {"outcome": "refused", "ground": "outside_mandate", "rationale": "Chapter VI does not allow it"}""");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().path("decisions")).hasSize(2);
        long alertId = refused.json().path("mandate_gap_alert").asLong();
        var alert = api().get("/api/alerts/" + alertId).json();
        assertThat(alert.path("kind").asString()).isEqualTo("mandate_gap");
        assertThat(alert.path("addressees").get(0).asString()).isEqualTo("group:" + w.council());

        var mandate = api().get("/api/situations/" + w.situation() + "/mandate?on=2300-07-01").json();
        assertThat(mandate.path("mandate").path("chapter").asString()).isEqualTo("VII");
        assertThat(mandate.path("mandate").path("mandating_body").asString()).isEqualTo(w.council());
        assertThat(api().get("/api/situations/" + w.situation() + "/mandate?on=2299-07-01").json().path("mandate").path("chapter").asString())
                .isEqualTo("VI");
    }
}
