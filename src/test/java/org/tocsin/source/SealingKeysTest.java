package org.tocsin.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocsin.common.TocsinException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The envelope scheme and the keyset's life, without a database. */
class SealingKeysTest {

    private static final String SECRET = "Abubakar Turatsinze, Kimihurura, meets Tuesdays at 19:00";

    private static byte[] plain() { return SECRET.getBytes(StandardCharsets.UTF_8); }

    @Test
    void aSealedRecordHoldsNoPlaintextAndOpensUnderItsOwnName() {
        SealingKeys keys = new SealingKeys(SealingKeys.generate());
        Envelope e = keys.seal(plain(), "source/src-1");

        assertThat(new String(e.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("Turatsinze");
        assertThat(new String(e.wrappedKey(), StandardCharsets.ISO_8859_1)).doesNotContain("Turatsinze");
        assertThat(e.keyId()).isEqualTo(keys.primaryKeyId());
        assertThat(new String(keys.open(e, "source/src-1"), StandardCharsets.UTF_8)).isEqualTo(SECRET);
    }

    @Test
    void anEnvelopeMovedToAnotherSourceDoesNotOpen() {
        SealingKeys keys = new SealingKeys(SealingKeys.generate());
        Envelope e = keys.seal(plain(), "source/src-1");

        assertThatThrownBy(() -> keys.open(e, "source/src-2")).isInstanceOf(SealBroken.class)
                .hasMessageContaining("source/src-2").hasNoCause();
    }

    @Test
    void aCiphertextPairedWithAnotherRecordsWrappedKeyDoesNotOpen() {
        SealingKeys keys = new SealingKeys(SealingKeys.generate());
        Envelope a = keys.seal(plain(), "source/src-1");
        Envelope b = keys.seal(plain(), "source/src-1");

        assertThatThrownBy(() -> keys.open(new Envelope(a.ciphertext(), b.wrappedKey(), a.keyId()), "source/src-1"))
                .isInstanceOf(SealBroken.class);
    }

    @Test
    void recordsSealedBeforeANewPrimaryStillOpenAfterIt() {
        SealingKeys keys = new SealingKeys(SealingKeys.generate());
        long old = keys.primaryKeyId();
        Envelope before = keys.seal(plain(), "source/src-1");

        keys.replace(SealingKeys.withNewPrimary(keys.keyset()));

        assertThat(keys.primaryKeyId()).isNotEqualTo(old);
        assertThat(keys.keyIds()).containsExactly(keys.primaryKeyId(), old);
        assertThat(new String(keys.open(before, "source/src-1"), StandardCharsets.UTF_8)).isEqualTo(SECRET);
        assertThat(keys.seal(plain(), "source/src-1").keyId()).isEqualTo(keys.primaryKeyId());
    }

    @Test
    void aRecordUnderARetiredKeyCannotBeOpened() {
        SealingKeys keys = new SealingKeys(SealingKeys.generate());
        Envelope before = keys.seal(plain(), "source/src-1");

        keys.replace(SealingKeys.primaryOnly(SealingKeys.withNewPrimary(keys.keyset())));

        assertThat(keys.keyIds()).hasSize(1);
        assertThatThrownBy(() -> keys.open(before, "source/src-1")).isInstanceOf(SealBroken.class);
    }

    @Test
    void aGeneratedKeysetIsWrittenOwnerOnlyOnceAndReadBackTheSame(@TempDir Path dir) throws Exception {
        var first = KeysetFiles.load(null, null, dir);
        Path file = dir.resolve(KeysetFiles.DEFAULT_FILE);

        assertThat(first.generated()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KeysetFiles.readableByOthers(file)).isFalse();
        var second = KeysetFiles.load(null, null, dir);
        assertThat(second.generated()).isFalse();
        assertThat(second.keyset().equalsKeyset(first.keyset())).isTrue();
        assertThat(first.toString()).doesNotContain(Files.readString(file).substring(0, 20));
    }

    @Test
    void aKeysetGivenAsJsonInTheEnvironmentIsUsedAsItIs(@TempDir Path dir) {
        var keyset = SealingKeys.generate();
        var loaded = KeysetFiles.load("", SealingKeys.toJson(keyset), dir);

        assertThat(loaded.keyset().equalsKeyset(keyset)).isTrue();
        assertThat(loaded.file()).isNull();
        assertThat(dir.resolve(KeysetFiles.DEFAULT_FILE)).doesNotExist();
    }

    @Test
    void aKeysetInBothPlacesIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> KeysetFiles.load(dir.resolve("k.json").toString(), "{}", dir))
                .isInstanceOf(TocsinException.class).hasMessageContaining("set one of them");
    }

    @Test
    void anUnreadableKeysetIsReportedWithoutQuotingIt(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"primaryKeyId\": \"SECRET-KEY-MATERIAL-93a1\"");

        assertThatThrownBy(() -> KeysetFiles.load(bad.toString(), null, dir))
                .isInstanceOf(TocsinException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageNotContaining("SECRET-KEY-MATERIAL")
                .hasNoCause();
    }
}
