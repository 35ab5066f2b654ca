package org.tocsin.source;

import org.tocsin.common.TocsinException;

/**
 * A sealed record could not be opened: its wrapping key is no longer in the keyset, or the row was
 * altered or moved to another source (the associated data no longer matches). Infrastructure or
 * tampering, never an expected outcome. The message names the record, never its content.
 */
public final class SealBroken extends TocsinException {
    public SealBroken(String ref) {
        super("The sealed record " + ref + " cannot be opened: its key is not in the sources keyset,"
                + " or the row was altered or moved. Nothing was disclosed.");
    }
}
