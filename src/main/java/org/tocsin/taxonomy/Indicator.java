package org.tocsin.taxonomy;

/** One indicator of the Framework of Analysis, e.g. {@code RF07.04}, with its provenance tag. */
public record Indicator(String code, String factor, String text, String provenance) {}
