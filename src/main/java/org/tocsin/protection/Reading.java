package org.tocsin.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "how many on day D" — a contingent's strength or the people at a site — read from the
 * figures dated on or before D (the model never looks ahead: on a past day it knows what could have
 * been known then). Always with the figures it rests on.
 */
public sealed interface Reading {

    LocalDate on();

    /** The figures this reading rests on, each with its sources and confidence. */
    List<Figure> basis();

    /** The estimate, when the figures establish one. */
    default Optional<Estimate> established() {
        return this instanceof Established e ? Optional.of(e.estimate()) : Optional.empty();
    }

    /**
     * A number: the value of the figure in force, its range widened by what else applies that day.
     *
     * @param confidence the confidence of the figure that gives the value (the figures that only widen
     *                   the range keep their own, in {@link #basis})
     * @param notes      why the range is what it is, in plain words
     */
    record Established(LocalDate on, Estimate estimate, Confidence confidence, List<Figure> basis, List<String> notes)
            implements Reading {
        public Established {
            basis = List.copyOf(basis);
            notes = List.copyOf(notes);
        }
    }

    /** The figure in force says the number was not established (the file's {@code "value": null}). */
    record NotEstablished(LocalDate on, Confidence confidence, List<Figure> basis, List<String> notes) implements Reading {
        public NotEstablished {
            basis = List.copyOf(basis);
            notes = List.copyOf(notes);
        }
    }

    /** No figure dated on or before that day. */
    record NoFigure(LocalDate on) implements Reading {
        @Override
        public List<Figure> basis() { return List.of(); }
    }

    /** "2,000 (2,000–4,000), confidence high", "not established (medium)", "no figure". */
    default String text() {
        return switch (this) {
            case Established e -> e.estimate().text() + ", confidence " + e.confidence().wire();
            case NotEstablished n -> "not established (" + n.confidence().wire() + ")";
            case NoFigure _ -> "no figure on or before " + on();
        };
    }

    /** The sources of every figure in the basis, in order, without repeats. */
    default List<String> sources() {
        return basis().stream().flatMap(f -> f.provenance().sources().stream()).distinct().toList();
    }
}
