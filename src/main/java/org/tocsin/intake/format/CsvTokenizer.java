package org.tocsin.intake.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 tokenizer: fields separated by a delimiter, records by LF or CRLF; a field
 * that starts with a double quote runs to the matching quote and may hold delimiters, line breaks
 * and doubled quotes ({@code ""} is one quote). It keeps one record in memory, at most
 * {@code maxChars} characters: a longer record is read to its end but comes back as a problem.
 *
 * <p>Leniencies, because real files need them: a quote inside an unquoted field is an ordinary
 * character ({@code 5" gun}); a leading byte-order mark is skipped. Departures that lose the
 * record's shape are reported as a {@link Row#problem()}: text after a closing quote, and a quoted
 * field the file ends inside.
 */
final class CsvTokenizer implements Closeable {

    /** One record: the 1-based physical line it starts on, its fields, and what was wrong with it, if anything. */
    record Row(long line, List<String> fields, String problem) {
        /** An empty line: one empty field. Readers skip these. */
        boolean blank() { return problem == null && fields.size() == 1 && fields.getFirst().isEmpty(); }
    }

    private static final int EOF = -1;

    private final Reader reader;
    private final char delimiter;
    private final int maxChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private long line = 1;
    private boolean started;

    CsvTokenizer(Reader reader, char delimiter, int maxChars) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') throw new IllegalArgumentException("bad delimiter");
        this.reader = reader;
        this.delimiter = delimiter;
        this.maxChars = maxChars;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') read();
        }
        if (peek() == EOF) return null;
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        int kept = 0;
        boolean overflow = false;
        while (true) {
            int c = read();
            boolean quoted = c == '"';
            if (quoted) {
                while (true) {
                    c = read();
                    if (c == EOF) {
                        problem = "ends inside a quoted field that starts on line " + start + " or later";
                        break;
                    }
                    if (c == '"') {
                        if (peek() != '"') break; // the closing quote
                        read(); // a doubled quote stands for one
                    }
                    if (kept++ < maxChars) field.append((char) c);
                    else overflow = true;
                }
                c = c == EOF ? EOF : read();
                // after the closing quote only a delimiter or the end of the record may follow
                while (c != delimiter && c != '\n' && c != EOF) {
                    if (!(c == '\r' && (peek() == '\n' || peek() == EOF)) && problem == null) {
                        problem = "has text after the closing quote of field " + (fields.size() + 1);
                    }
                    c = read();
                }
            } else {
                while (c != delimiter && c != '\n' && c != EOF) {
                    if (kept++ < maxChars) field.append((char) c);
                    else overflow = true;
                    c = read();
                }
                // CRLF: the CR belongs to the line break, not to the last field
                if (c != delimiter && !field.isEmpty() && field.charAt(field.length() - 1) == '\r') field.setLength(field.length() - 1);
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != delimiter) break;
        }
        if (overflow) return new Row(start, List.of(), "is longer than " + maxChars + " characters");
        return new Row(start, fields, problem);
    }

    private int read() throws IOException {
        if (pos == len && !fill()) return EOF;
        char c = buf[pos++];
        if (c == '\n') line++;
        return c;
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) return EOF;
        return buf[pos];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = reader.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException { reader.close(); }
}
