package org.tocsin.source;

import java.util.List;
import java.util.Map;

/**
 * What a rotation did: how many records it re-encrypted under the primary key, which it could not
 * open (their key is gone, or the row was altered or moved: they stay as they were), and how many
 * records each key still wraps afterwards. A key absent from {@code recordsByKey} (other than the
 * primary) can be removed from the keyset.
 */
public record RotationReport(long primaryKeyId, long reencrypted, List<String> unreadable, Map<Long, Long> recordsByKey) {
    public RotationReport {
        unreadable = List.copyOf(unreadable);
        recordsByKey = Map.copyOf(recordsByKey);
    }

    /** True when every record is under the primary key. */
    public boolean complete() {
        return recordsByKey.keySet().stream().allMatch(k -> k == primaryKeyId);
    }
}
