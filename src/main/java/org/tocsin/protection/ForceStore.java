package org.tocsin.protection;

import java.util.List;
import java.util.Optional;

/** Where the versions of each situation's force are kept. Append-only. */
public interface ForceStore {

    /** Adds a version; false when its number is already taken (another edit came first): nothing changes then. */
    boolean append(ForceVersion version);

    Optional<ForceVersion> latest(String situation);

    Optional<ForceVersion> find(String situation, int version);

    /** Every version's metadata, oldest first. */
    List<VersionInfo> history(String situation);
}
