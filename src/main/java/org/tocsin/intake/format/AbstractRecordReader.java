package org.tocsin.intake.format;

import org.tocsin.common.TocsinException;

import java.io.IOException;
import java.util.NoSuchElementException;

/** Iterator plumbing shared by the readers: one record of look-ahead, I/O failures as {@link TocsinException}. */
abstract class AbstractRecordReader implements RecordReader {

    private ImportRecord ahead;
    private boolean done;

    /** The next record, or null at the end of the input. Bad data is a Rejected record, never an exception. */
    protected abstract ImportRecord read() throws IOException;

    @Override
    public final boolean hasNext() {
        if (ahead == null && !done) {
            try {
                ahead = read();
            } catch (IOException e) {
                throw new TocsinException("could not read the import stream", e);
            }
            done = ahead == null;
        }
        return ahead != null;
    }

    @Override
    public final ImportRecord next() {
        if (!hasNext()) throw new NoSuchElementException("no more records");
        ImportRecord r = ahead;
        ahead = null;
        return r;
    }
}
