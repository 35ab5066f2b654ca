package org.tocsin.intake.format;

import org.tocsin.common.FieldError;
import org.tocsin.common.TocsinException;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What GDELT 1.0 and 2.0 readers share: working out the layout from the first line, splitting rows,
 * and handing each to {@link GdeltMapper}. Two layouts exist in the wild:
 * <ul>
 *   <li>raw GDELT files: tab-separated, no header, no quoting, columns by position (the edition
 *       says which column counts are valid);</li>
 *   <li>re-exports with a header line starting {@code GLOBALEVENTID} (BigQuery, R, pandas):
 *       columns by name, comma-separated with RFC 4180 quoting or tab-separated, missing values
 *       possibly written {@code NA}.</li>
 * </ul>
 * Bytes that are not UTF-8 become U+FFFD: real GDELT files contain stray Latin-1 and worse, and one
 * bad byte in a place name should not cost the row.
 */
abstract sealed class GdeltReader extends AbstractRecordReader permits Gdelt1Reader, Gdelt2Reader {

    static final int MAX_LINE_BYTES = 1 << 20;
    private static final int SNIFF_BYTES = 64 * 1024;

    private final GdeltMapper mapper;
    private final Closeable input;
    private final LineSource lines;
    private final CsvTokenizer csv;
    private Map<String, Integer> header;
    private final boolean headered;
    private long records;

    GdeltReader(GdeltMapper.Edition edition, InputStream in, ImportContext ctx, Channel channel) {
        Receipt receipt = new Receipt(ctx.receipt().recordedAt(), ctx.receipt().submittedBy(), channel);
        this.mapper = new GdeltMapper(edition, RecordReaders.requireSituation(ctx), ctx.defaultLabel(), receipt, CodeTables.standard());
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        String first;
        try {
            first = firstLine(buffered);
        } catch (IOException e) {
            throw new TocsinException("could not read the import stream", e);
        }
        headered = first.regionMatches(true, 0, "GLOBALEVENTID", 0, "GLOBALEVENTID".length());
        if (headered && first.indexOf('\t') < 0) {
            csv = new CsvTokenizer(new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    ',', MAX_LINE_BYTES);
            lines = null;
            input = csv;
        } else {
            csv = null;
            lines = new LineSource(buffered, false, MAX_LINE_BYTES);
            input = lines;
        }
    }

    /** Column name to position for a raw row of {@code columns} tab-separated fields, or null when that count is not valid. */
    abstract Map<String, Integer> rawLayout(int columns);

    /** Why a raw row with this many columns was refused. */
    abstract String columnCountReason(int columns);

    @Override
    protected final ImportRecord read() throws IOException {
        while (true) {
            long line;
            List<String> fields;
            if (csv != null) {
                CsvTokenizer.Row row = csv.next();
                if (row == null) return null;
                if (row.blank()) continue;
                line = row.line();
                if (row.problem() != null) return reject(line, row.problem());
                fields = row.fields();
            } else {
                LineSource.Line l = lines.next();
                if (l == null) return null;
                line = l.number();
                if (l.tooLong()) {
                    if (headered && header == null) throw new UndecodableInputException("the header line is longer than " + MAX_LINE_BYTES + " bytes");
                    return reject(line, "is longer than " + MAX_LINE_BYTES + " bytes");
                }
                if (l.text().isBlank()) continue;
                fields = List.of(l.text().split("\t", -1));
            }
            if (headered && header == null) {
                header = new HashMap<>();
                for (int i = 0; i < fields.size(); i++) header.putIfAbsent(fields.get(i).strip(), i);
                continue;
            }
            return row(line, fields);
        }
    }

    private ImportRecord row(long line, List<String> fields) {
        Function<String, String> column;
        if (headered) {
            if (fields.size() != header.size()) {
                return reject(line, "has " + fields.size() + " fields; the header has " + header.size());
            }
            column = name -> {
                Integer i = header.get(name);
                String v = i == null ? null : fields.get(i);
                return "NA".equals(v) ? null : v; // how R writes a missing value
            };
        } else {
            Map<String, Integer> layout = rawLayout(fields.size());
            if (layout == null) return reject(line, columnCountReason(fields.size()));
            column = name -> {
                Integer i = layout.get(name);
                return i == null ? null : fields.get(i);
            };
        }
        return mapper.map(++records, line, column);
    }

    private ImportRecord reject(long line, String reason) {
        return new ImportRecord.Rejected(++records, line, List.of(new FieldError("$", reason)));
    }

    static Map<String, Integer> positions(List<String> columns) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), i);
        return Map.copyOf(m);
    }

    /** The first line, peeked without consuming it, so the layout can be chosen before reading. */
    private static String firstLine(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int end = 0;
        while (end < head.length && head[end] != '\n') end++;
        String s = new String(head, 0, end, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    @Override
    public void close() throws IOException { input.close(); }
}
