package org.tocsin.protection;

/** A statement the force file makes in words (a unit's equipment, say), with where it comes from. */
public record SourcedText(String text, Provenance provenance) {}
