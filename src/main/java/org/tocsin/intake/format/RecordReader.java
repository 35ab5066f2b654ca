package org.tocsin.intake.format;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Streams the records of one bulk file, one at a time, in constant memory whatever the file's size.
 * A malformed record becomes an {@link ImportRecord.Rejected}; only an unreadable stream (I/O
 * failure, undecodable bytes) is an exception. Closing closes the underlying input.
 */
public interface RecordReader extends Iterator<ImportRecord>, Closeable {}
