package org.tocsin.tagging;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A text with the indicator codes an analyst gave it: one record of a case file, for evaluation. */
public record LabelledText(String id, String text, Set<String> gold) {

    public LabelledText {
        gold = Collections.unmodifiableSortedSet(new TreeSet<>(gold));
    }
}
