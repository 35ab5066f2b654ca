package org.tocsin.intake.format;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalDefaults;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

/** Opens a reader for a bulk format. (Placeholder: case files only, until the format readers land.) */
public final class RecordReaders {
    private RecordReaders() {}

    public static RecordReader open(ImportFormat format, InputStream in, ImportContext ctx) {
        if (format != ImportFormat.CASE) throw new UnsupportedOperationException(format + " is not readable yet");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        JsonMapper json = JsonMapper.builder().build();
        Receipt receipt = new Receipt(ctx.receipt().recordedAt(), ctx.receipt().submittedBy(), Channel.IMPORT_CASE);
        return new RecordReader() {
            long line;
            long record;
            ImportRecord next;

            @Override
            public boolean hasNext() {
                if (next != null) return true;
                try {
                    String text;
                    while ((text = reader.readLine()) != null) {
                        line++;
                        if (text.isBlank()) continue;
                        record++;
                        try {
                            var parsed = ctx.parser().parse(json.readTree(text), new SignalDefaults(ctx.situation(), ctx.defaultLabel()), receipt);
                            next = switch (parsed) {
                                case Parsed.Ok<Signal> ok -> new ImportRecord.Accepted(record, line, ok.value());
                                case Parsed.Refused<Signal> r -> new ImportRecord.Rejected(record, line, r.errors());
                            };
                        } catch (RuntimeException e) {
                            next = new ImportRecord.Rejected(record, line, List.of(new FieldError("$", "is not well-formed JSON")));
                        }
                        return true;
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public ImportRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                ImportRecord r = next;
                next = null;
                return r;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
