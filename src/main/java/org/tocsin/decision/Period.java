package org.tocsin.decision;

import java.time.LocalDate;

/**
 * The period a determination covers; either end may be open (null).
 */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("a period cannot end before it starts");
    }
}
