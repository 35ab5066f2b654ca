package org.tocsin.source.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.source.Envelope;
import org.tocsin.source.SealedStore;
import org.tocsin.source.SourceId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Envelopes in {@code source_sealed}: ciphertext, wrapped data key and the wrapping key's id. */
public final class JdbcSealedStore implements SealedStore {

    private final JdbcTemplate jdbc;

    public JdbcSealedStore(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @Override
    public void put(String ref, SourceId source, Envelope e, Instant sealedAt) {
        jdbc.update("insert into source_sealed (ref, source_id, ciphertext, wrapped_key, key_id, sealed_at) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (ref) do update set ciphertext = excluded.ciphertext, wrapped_key = excluded.wrapped_key,"
                        + " key_id = excluded.key_id, sealed_at = excluded.sealed_at",
                ref, source.value(), e.ciphertext(), e.wrappedKey(), e.keyId(), JdbcSourceStore.utc(sealedAt));
    }

    @Override
    public Optional<Envelope> find(String ref) {
        return jdbc.query("select ciphertext, wrapped_key, key_id from source_sealed where ref = ?",
                (rs, n) -> new Envelope(rs.getBytes(1), rs.getBytes(2), rs.getLong(3)), ref).stream().findFirst();
    }

    @Override
    public List<Sealed> lockNotUnder(long keyId, String afterRef, int limit) {
        return jdbc.query("select ref, source_id, ciphertext, wrapped_key, key_id from source_sealed where key_id <> ? and ref > ?"
                        + " order by ref limit ? for update skip locked",
                (rs, n) -> new Sealed(rs.getString(1), new SourceId(rs.getString(2)),
                        new Envelope(rs.getBytes(3), rs.getBytes(4), rs.getLong(5))), keyId, afterRef, limit);
    }

    @Override
    public Map<Long, Long> countByKey() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query("select key_id, count(*) from source_sealed group by key_id order by key_id",
                rs -> { counts.put(rs.getLong(1), rs.getLong(2)); });
        return counts;
    }
}
