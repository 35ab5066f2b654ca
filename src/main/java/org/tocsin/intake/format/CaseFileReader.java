package org.tocsin.intake.format;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalDefaults;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Tocsin case files (../shared/cases/FORMAT.md): JSON Lines, one record per line, each validated by
 * {@link org.tocsin.intake.SignalParser} exactly as a record submitted through the API would be.
 * Blank lines are skipped. A line that is not JSON is a rejected record; bytes that are not UTF-8
 * fail the whole read with an {@link UndecodableInputException} naming the line, because a
 * case file is written by people for Tocsin and a broken encoding means the file itself is wrong.
 */
public final class CaseFileReader extends AbstractRecordReader {

    /** Far above any real record (a summary is at most 20,000 characters), low enough to bound memory. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // {"id": "a", "id": "b"} is ambiguous: refuse it
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // one object per line, nothing after it
            .build();

    private final LineSource lines;
    private final ImportContext ctx;
    private final SignalDefaults defaults;
    private final Receipt receipt;
    private long records;

    public CaseFileReader(InputStream in, ImportContext ctx) {
        this.lines = new LineSource(in, true, MAX_LINE_BYTES);
        this.ctx = ctx;
        this.defaults = new SignalDefaults(ctx.situation(), ctx.defaultLabel());
        this.receipt = new Receipt(ctx.receipt().recordedAt(), ctx.receipt().submittedBy(), Channel.IMPORT_CASE);
    }

    @Override
    protected ImportRecord read() throws IOException {
        while (true) {
            LineSource.Line line = lines.next();
            if (line == null) return null;
            if (line.tooLong()) return reject(line.number(), "is longer than " + MAX_LINE_BYTES + " bytes");
            if (line.text().isBlank()) continue;
            JsonNode node;
            try {
                node = JSON.readTree(line.text());
            } catch (JacksonException e) {
                // the parser's message quotes the input: never echo it
                return reject(line.number(), "is not valid JSON (each line must hold one JSON object)");
            }
            long number = ++records;
            return switch (ctx.parser().parse(node, defaults, receipt)) {
                case Parsed.Ok<Signal> ok -> new ImportRecord.Accepted(number, line.number(), ok.value());
                case Parsed.Refused<Signal> refused -> new ImportRecord.Rejected(number, line.number(), refused.errors());
            };
        }
    }

    private ImportRecord reject(long line, String reason) {
        return new ImportRecord.Rejected(++records, line, List.of(new FieldError("$", reason)));
    }

    @Override
    public void close() throws IOException { lines.close(); }
}
