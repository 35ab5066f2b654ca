package org.tocsin.access;

import java.util.Optional;
import java.util.UUID;

/** The situation an object belongs to: what an authorization check needs before it can ask "may this person act here?". */
public interface Ownership {

    Optional<String> ofAlert(long id);

    Optional<String> ofRequest(long id);

    Optional<String> ofBriefing(long id);

    Optional<String> ofDelivery(long id);

    Optional<String> ofSignal(UUID uid);
}
