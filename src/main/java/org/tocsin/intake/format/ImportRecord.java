package org.tocsin.intake.format;

import org.tocsin.common.FieldError;
import org.tocsin.intake.Signal;

import java.util.List;

/**
 * One record read from a bulk file: its 1-based record number, the 1-based file line where it
 * starts (records may span lines: UCDP has quoted multi-line fields), and either the signal it
 * became or the reasons it was refused.
 */
public sealed interface ImportRecord {
    long recordNumber();

    long line();

    record Accepted(long recordNumber, long line, Signal signal) implements ImportRecord {}

    record Rejected(long recordNumber, long line, List<FieldError> errors) implements ImportRecord {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
