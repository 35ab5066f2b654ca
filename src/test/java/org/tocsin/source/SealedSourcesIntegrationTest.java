package org.tocsin.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry on the real store: sealing at rest, handler-only unseal, its journal, pseudonyms, rotation. */
class SealedSourcesIntegrationTest extends SourceIntegrationTest {

    private static final String SEALED = """
            "real_name": "Abubakar Turatsinze", "role": "militia trainer", "affiliation": "MRND security",
            "phone": "+250 788 111 222", "meeting_arrangements": "Tuesdays 19:00, back room of the Hotel Mille Collines\"""";

    @Test
    void theDatabaseHoldsTheSealedFieldsOnlyAsCiphertext() {
        String id = newId("rest");
        assertThat(sourceApi().register("register", "hd-rest", id, SEALED).status()).isEqualTo(201);

        for (String secret : new String[]{"Turatsinze", "militia trainer", "788 111", "Mille Collines"}) {
            Long inRows = jdbc.queryForObject("select count(*) from source s where s::text like ?", Long.class, "%" + secret + "%");
            Long inBytes = jdbc.queryForObject("select count(*) from source_sealed where source_id = ? and (position(convert_to(?, 'UTF8')"
                    + " in ciphertext) > 0 or position(convert_to(?, 'UTF8') in wrapped_key) > 0)", Long.class, id, secret, secret);
            assertThat(inRows).as(secret).isZero();
            assertThat(inBytes).as(secret).isZero();
        }
        Long keyId = jdbc.queryForObject("select key_id from source_sealed where ref = ?", Long.class, "source/" + id);
        assertThat(keyId).isEqualTo(keys.primaryKeyId());
    }

    @Test
    void onlyAHandlerCanUnsealAndEveryAttemptIsJournaledWithFieldNamesButNoValues() {
        String id = newId("unseal");
        var api = sourceApi();
        api.register("register", "hd-un", id, SEALED, "hd-un", "hd-un-2");
        String pseudonym = pseudonymOf(id);

        var denied = api.unseal("analyst", id, "analyst-un");
        var granted = api.unseal("handler", id, "hd-un-2");

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.errorFields()).containsExactly("actor");
        assertThat(denied.body()).doesNotContain("Turatsinze");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.header("Cache-Control")).contains("no-store");
        assertThat(granted.json().path("sealed").path("real_name").asString()).isEqualTo("Abubakar Turatsinze");
        assertThat(granted.json().path("sealed").path("meeting_arrangements").asString()).contains("Mille Collines");
        var entries = journal(pseudonym);
        assertThat(entries).extracting(e -> e.get("type")).containsSubsequence("source.registered", "source.handler_assigned",
                "source.handler_assigned", "source.unseal_denied", "source.unsealed");
        var unsealed = entries.stream().filter(e -> e.get("type").equals("source.unsealed")).findFirst().orElseThrow();
        assertThat(unsealed.get("actor")).isEqualTo("hd-un-2");
        assertThat((String) unsealed.get("details")).contains("real_name", "meeting_arrangements").doesNotContain("email");
        assertThat(entries).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Turatsinze", "Mille", "788"));
    }

    @Test
    void anUnsealByARevokedHandlerIsRefusedAndTheLastHandlerCannotBeRevoked() {
        String id = newId("revoke");
        var api = sourceApi();
        api.register("register", "hd-a", id, SEALED, "hd-a");

        var byStranger = api.as("mallory").post("stranger assigns", "/api/sources/" + id + "/handlers", "{\"person\": \"mallory\"}");
        var assigned = api.as("hd-a").post("assign", "/api/sources/" + id + "/handlers", "{\"person\": \"hd-b\"}");
        var revoked = api.as("hd-b").delete("revoke", "/api/sources/" + id + "/handlers/hd-a");
        var last = api.as("hd-b").delete("revoke last", "/api/sources/" + id + "/handlers/hd-b");

        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().findValuesAsString("person")).containsExactly("hd-a", "hd-b");
        assertThat(last.status()).isEqualTo(409);
        assertThat(api.unseal("revoked", id, "hd-a").status()).isEqualTo(403);
        assertThat(api.unseal("current", id, "hd-b").status()).isEqualTo(200);
        var entries = journal(pseudonymOf(id));
        assertThat(entries).filteredOn(e -> e.get("type").equals("source.handler_revoked")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("hd-b");
                    assertThat((String) e.get("details")).contains("hd-a");
                });
        assertThat(entries).filteredOn(e -> e.get("type").equals("source.handler_assigned")).hasSize(2);
    }

    @Test
    void aNonHandlerSeesThePseudonymAndReliabilityButNeitherTheIdentityNorTheHandlers() {
        String id = newId("view");
        var api = sourceApi();
        api.register("register", "hd-v", id, SEALED, "hd-v");

        var asAnalyst = api.as("analyst-v").get("analyst view", "/api/sources/" + id);
        var asHandler = api.as("hd-v").get("handler view", "/api/sources/" + id);

        assertThat(asAnalyst.status()).isEqualTo(200);
        assertThat(asAnalyst.json().path("pseudonym").asString()).isEqualTo(pseudonymOf(id));
        assertThat(asAnalyst.json().path("you_are_handler").asBoolean()).isFalse();
        assertThat(asAnalyst.json().has("handlers")).isFalse();
        assertThat(asAnalyst.json().path("handler_count").asInt()).isEqualTo(1);
        assertThat(asAnalyst.json().path("reliability_record").path("grade").asString()).isEqualTo("C");
        assertThat(asAnalyst.body()).doesNotContain("Turatsinze", "trainer", "788");
        assertThat(asHandler.json().path("you_are_handler").asBoolean()).isTrue();
        assertThat(asHandler.json().path("handlers").get(0).path("person").asString()).isEqualTo("hd-v");
        assertThat(asHandler.body()).doesNotContain("Turatsinze");
    }

    @Test
    void thePseudonymNeverChangesAndRevealsNeitherTheIdNorTheName() {
        String id = newId("pseudo");
        var api = sourceApi();
        String created = api.register("register", "hd-p", id, SEALED).json().path("pseudonym").asString();
        api.as("an-p").post("regrade", "/api/sources/" + id + "/reliability", "{\"reliability\": \"B\", \"rationale\": \"two reports confirmed\"}");
        sealer.rotate("test");

        assertThat(api.get("again", "/api/sources/" + id).json().path("pseudonym").asString()).isEqualTo(created);
        assertThat(created).doesNotContainIgnoringCase("turatsinze").doesNotContainIgnoringCase("abubakar")
                .doesNotContain(id).matches("SRC-[0-9A-Z]{4}-[0-9A-Z]{4}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        jdbc.update("update source set pseudonym = 'SRC-0000-0000' where id = ?", id))
                .hasMessageContaining("never change");
    }

    @Test
    void anEnvelopeMovedToAnotherSourceDoesNotOpenAndTheFailureIsJournaled() {
        String victim = newId("aad-a");
        String other = newId("aad-b");
        var api = sourceApi();
        api.register("register a", "hd-aad", victim, SEALED);
        api.register("register b", "hd-aad", other, "\"real_name\": \"Somebody Else\"");

        jdbc.update("update source_sealed set (ciphertext, wrapped_key, key_id) = (select ciphertext, wrapped_key, key_id"
                + " from source_sealed where ref = ?) where ref = ?", "source/" + victim, "source/" + other);
        var r = api.unseal("moved", other, "hd-aad");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).doesNotContain("Turatsinze", "Somebody");
        assertThat(journal(pseudonymOf(other))).extracting(e -> e.get("type")).contains("source.unseal_failed")
                .doesNotContain("source.unsealed");
        assertThat(api.unseal("victim intact", victim, "hd-aad").json().path("sealed").path("real_name").asString())
                .isEqualTo("Abubakar Turatsinze");
    }

    @Test
    void recordsSealedBeforeARotationStillOpenAfterItAndRotateReencryptsThemUnderTheNewPrimary() {
        String id = newId("rotate");
        var api = sourceApi();
        api.register("register", "hd-r", id, SEALED);
        String deadline = java.time.Instant.now().plus(java.time.Duration.ofDays(3)).toString();
        api.as("hd-r").post("protect", "/api/sources/" + id + "/protection-requests",
                "{\"what\": \"move Turatsinze's family\", \"deadline\": \"" + deadline + "\", \"owner\": \"sec-r\"}");
        long before = keys.primaryKeyId();

        keys.replace(SealingKeys.withNewPrimary(keys.keyset()));
        long after = keys.primaryKeyId();

        assertThat(after).isNotEqualTo(before);
        assertThat(keyIdsOf(id)).containsOnly(before);
        assertThat(api.unseal("after new primary", id, "hd-r").json().path("sealed").path("real_name").asString())
                .isEqualTo("Abubakar Turatsinze");

        var report = sealer.rotate("test");

        assertThat(report.reencrypted()).isGreaterThanOrEqualTo(2);
        // only rows other tests damaged on purpose stay behind, under their old key
        assertThat(report.unreadable()).allSatisfy(ref -> assertThat(ref).matches(".*(aad-b|sweep-decoy).*"));
        assertThat(report.recordsByKey().keySet()).contains(after);
        assertThat(keyIdsOf(id)).containsOnly(after);
        // opened with the new key alone: the rows no longer need the old one
        var newOnly = new SealingKeys(SealingKeys.primaryOnly(keys.keyset()));
        var envelope = jdbc.queryForObject("select ciphertext, wrapped_key, key_id from source_sealed where ref = ?",
                (rs, n) -> new Envelope(rs.getBytes(1), rs.getBytes(2), rs.getLong(3)), "source/" + id);
        assertThat(new String(newOnly.open(envelope, "source/" + id), StandardCharsets.UTF_8)).contains("Turatsinze");
        assertThat(sealer.rotate("test").reencrypted()).isZero();
        assertThat(jdbc.queryForList("select type from journal where type = 'source.keys_rotated'")).isNotEmpty();
    }

    private java.util.List<Long> keyIdsOf(String id) {
        return jdbc.queryForList("select key_id from source_sealed where source_id = ?", Long.class, id);
    }
}
