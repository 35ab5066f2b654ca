package org.tocsin.source;

import org.tocsin.intake.Reliability;

import java.time.Instant;

/** A change of a source's reliability grade: from what (null at registration), to what, by whom, when, why. */
public record GradeChange(Reliability from, Reliability to, String by, Instant at, String rationale) {}
