package org.tocsin.intake;

import org.tocsin.common.FieldError;

import java.util.List;

/**
 * The outcome of one bulk import. {@code committed} is false when the file was refused as a whole
 * (the default when any record is bad): then nothing from it was stored. Rejections are listed with
 * their record number and the file line where the record starts, up to {@link #LISTED} of them;
 * {@code rejected} counts them all.
 */
public record ImportReport(String situation, String format, boolean situationCreated, boolean skipInvalid,
                           long read, long accepted, long duplicates, long rejected, boolean committed,
                           List<Rejection> rejections) {

    public static final int LISTED = 1000;

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    public record Rejection(long record, long line, String id, List<FieldError> errors) {}

    public String summary() {
        String head = committed
                ? "%d accepted, %d duplicates skipped, %d rejected%s".formatted(accepted, duplicates, rejected,
                        rejected > 0 ? " (skipped)" : "")
                : "refused: %d of %d records are invalid; nothing was imported (use --skip-invalid to import the rest)"
                        .formatted(rejected, read);
        return head;
    }
}
