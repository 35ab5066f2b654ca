package org.tocsin.intake.format;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.SignalParser;
import org.tocsin.support.Shared;
import org.tocsin.taxonomy.Taxonomy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: an import context, the shared data directory, and reading a whole stream. */
final class Readers {

    static final Instant RECORDED = Instant.parse("2026-11-20T10:00:00Z");
    private static final SignalParser PARSER = new SignalParser(Taxonomy.framework());

    private Readers() {}

    static ImportContext context(String situation) {
        return new ImportContext(situation, Tlp.AMBER, new Receipt(RECORDED, "importer", Channel.API), PARSER);
    }

    /** A file under ../shared (surefire's tocsin.shared); skips the test when the shared folder is absent. */
    static Path shared(String relative) {
        return Shared.file(relative);
    }

    static List<ImportRecord> readAll(ImportFormat format, Path file, String situation) {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(format, in, situation, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportRecord> readAll(ImportFormat format, String text, String situation) {
        return readAll(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), situation, null);
    }

    static List<ImportRecord> readAll(ImportFormat format, InputStream in, String situation, String fileName) {
        List<ImportRecord> out = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(format, in, context(situation), fileName)) {
            reader.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<ImportRecord.Accepted> accepted(List<ImportRecord> records) {
        return records.stream().filter(r -> r instanceof ImportRecord.Accepted).map(r -> (ImportRecord.Accepted) r).toList();
    }

    static List<ImportRecord.Rejected> rejected(List<ImportRecord> records) {
        return records.stream().filter(r -> r instanceof ImportRecord.Rejected).map(r -> (ImportRecord.Rejected) r).toList();
    }
}
