package org.tocsin.protection;

/** A citation of the force file ({@code sources}), keyed by the id its figures name. */
public record Source(String id, String citation, String url, String kind, String reliability) {}
