package org.tocsin.protection;

import java.util.Map;

/**
 * A change on record with the impact assessment that was attached to it when it was recorded, in its
 * wire form ({@link ImpactJson}) and as text, exactly as the deciders saw it.
 */
public record RecordedChange(long id, ProtectionChange change, Map<String, Object> impact, String impactText) {

    /** {@code protection_change:<situation>/<id>}, the journal's subject for it. */
    public String subject() {
        return "protection_change:" + change.situation() + "/" + id;
    }
}
