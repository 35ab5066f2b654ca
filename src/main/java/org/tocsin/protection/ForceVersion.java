package org.tocsin.protection;

/** A stored version of a situation's force: its metadata and the force file document (compact JSON). */
public record ForceVersion(VersionInfo info, String document) {}
