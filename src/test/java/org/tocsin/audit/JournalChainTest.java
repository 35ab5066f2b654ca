package org.tocsin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalChainTest {

    private static final JournalSigner SIGNER = new JournalSigner(JournalKeys.generate(), null);

    @Test
    void eachEntryNamesTheHashOfTheOneBeforeStartingFromGenesis() {
        List<JournalEntry> chain = Chains.chain(5);
        assertThat(chain.getFirst().prevHash()).isEqualTo(JournalEntry.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).seq()).isEqualTo(i + 1);
            assertThat(chain.get(i).prevHash()).isEqualTo(chain.get(i - 1).hash());
        }
        assertThat(chain).allMatch(JournalEntry::selfConsistent);
    }

    @Test
    void theHashIsSha256OverTheDocumentedCanonicalArray() {
        JournalEntry e = JournalEntry.Head.EMPTY.next(new JournalEvent("signal.received", Instant.parse("1994-01-11T00:00:00Z"),
                "unamir-fc", "rwanda-1993-1994", "signal:rwanda-1993-1994/rw-017", Map.of("kind", "field_report")),
                Instant.parse("2026-11-21T10:00:00.123456789Z"));
        assertThat(e.canonical()).isEqualTo("[\"tocsin-journal/1\",1,\"signal.received\",\"1994-01-11T00:00:00Z\","
                + "\"2026-11-21T10:00:00.123456Z\",\"unamir-fc\",\"rwanda-1993-1994\",\"signal:rwanda-1993-1994/rw-017\","
                + "{\"kind\":\"field_report\"},\"" + JournalEntry.GENESIS + "\"]");
        assertThat(e.hash()).isEqualTo(JournalEntry.sha256(e.canonical())).hasSize(64);
    }

    @Test
    void recordingTimeNeverGoesBackEvenWhenTheClockDoes() {
        JournalEntry first = JournalEntry.Head.EMPTY.next(Chains.event(1), Instant.parse("2026-01-01T10:00:00Z"));
        JournalEntry second = first.head().next(Chains.event(2), Instant.parse("2026-01-01T09:00:00Z"));
        assertThat(second.recordedAt()).isEqualTo(first.recordedAt());
    }

    @Test
    void refusesEventTypesOutsideTheVocabularyForm() {
        assertThatThrownBy(() -> JournalEntry.Head.EMPTY.next(new JournalEvent("Alert Raised", Instant.EPOCH, "a", null, "s", Map.of()),
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointVerifiesWithItsPublicKeyAndNoOther() {
        Checkpoint c = SIGNER.sign(1000, "ab".repeat(32), Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(c.keyId()).isEqualTo(JournalKeys.keyId(SIGNER.publicKey())).startsWith("ed25519:");
        assertThat(JournalKeys.verify(c, SIGNER.publicKey())).isTrue();
        assertThat(JournalKeys.verify(c, JournalKeys.generate().getPublic())).isFalse();
        assertThat(JournalKeys.verify(new Checkpoint(1001, c.hash(), c.signedAt(), c.keyId(), c.signature()), SIGNER.publicKey())).isFalse();
        assertThat(JournalKeys.verify(new Checkpoint(1000, c.hash(), c.signedAt(), c.keyId(), "not base64!"), SIGNER.publicKey())).isFalse();
    }

    @Test
    void aGeneratedKeyIsStoredReadableOnlyByItsOwnerAndLoadsBackWithTheSamePublicKey(@TempDir Path dir) throws Exception {
        Path priv = dir.resolve("journal-signing-key.pem");
        Path pub = dir.resolve("journal-public-key.pem");
        JournalKeys.Stored created = JournalKeys.loadOrCreate(priv, pub);
        assertThat(created.created()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
        assertThat(Files.readString(priv)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----");

        JournalKeys.Stored loaded = JournalKeys.loadOrCreate(priv, pub);
        assertThat(loaded.created()).isFalse();
        assertThat(loaded.pair().getPublic().getEncoded()).isEqualTo(created.pair().getPublic().getEncoded());
        assertThat(JournalKeys.readPublicKey(pub).getEncoded()).isEqualTo(created.pair().getPublic().getEncoded());
        // a checkpoint signed with the reloaded key verifies with the published public key
        Checkpoint c = new JournalSigner(loaded.pair(), pub).sign(1, JournalEntry.GENESIS, Instant.EPOCH);
        assertThat(JournalKeys.verify(c, JournalKeys.readPublicKey(pub))).isTrue();
    }

    @Test
    void readsAPrivateKeyWrittenByOpensslsPkcs8Encoding() {
        // openssl genpkey -algorithm ed25519 (RFC 8410 test vector key)
        KeyPair pair = JournalKeys.keyPair("""
                -----BEGIN PRIVATE KEY-----
                MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
                -----END PRIVATE KEY-----
                """);
        assertThat(JournalKeys.pem(pair.getPublic())).isEqualTo("""
                -----BEGIN PUBLIC KEY-----
                MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
                -----END PUBLIC KEY-----
                """);
    }

    @Test
    void refusesAnEncryptedPrivateKeyWithAnExplanation() {
        assertThatThrownBy(() -> JournalKeys.keyPair("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encrypted");
    }

    @Test
    void theVerifierAcceptsAnIntactChainAndSaysWhatTheLastCheckpointCovers() {
        List<JournalEntry> chain = Chains.chain(25);
        List<Checkpoint> checkpoints = Chains.checkpoints(chain, 10, SIGNER).subList(0, 2); // at 10 and 20, not 25
        JournalVerifier v = new JournalVerifier(List.of(SIGNER.publicKey()), checkpoints, List.of());
        chain.forEach(v::accept);
        var result = v.finish();
        assertThat(result).isInstanceOf(JournalVerifier.Verification.Valid.class);
        var ok = (JournalVerifier.Verification.Valid) result;
        assertThat(ok.entries()).isEqualTo(25);
        assertThat(ok.lastCheckpoint().seq()).isEqualTo(20);
        assertThat(ok.notes()).anyMatch(n -> n.contains("entries 21 to 25 come after the last signed checkpoint"));
    }
}
