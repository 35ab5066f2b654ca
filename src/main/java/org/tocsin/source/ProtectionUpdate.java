package org.tocsin.source;

import java.time.Instant;

/** One status change of a protection request: who moved it, when (its rationale is sealed). */
public record ProtectionUpdate(ProtectionStatus from, ProtectionStatus to, String by, Instant at) {}
