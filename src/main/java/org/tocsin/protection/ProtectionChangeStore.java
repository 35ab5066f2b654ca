package org.tocsin.protection;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where changes that reduce protection are kept, each with its impact assessment. Append-only. */
public interface ProtectionChangeStore {

    RecordedChange insert(ProtectionChange change, Map<String, Object> impact, String impactText);

    Optional<RecordedChange> find(String situation, long id);

    /** A situation's changes, newest first. */
    List<RecordedChange> list(String situation);
}
