package org.tocsin.escalation;

import java.util.List;
import java.util.Optional;

public interface BriefingStore {

    Briefing insert(Briefing briefing);

    Optional<Briefing> find(long id);

    List<Briefing> list(String situation);

    /** Stores a changed briefing (its label: briefings are otherwise immutable once sent). */
    void update(Briefing briefing);
}
