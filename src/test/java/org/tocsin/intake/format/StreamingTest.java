package org.tocsin.intake.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The readers hand out records as they read them: an endless input is no problem until one stops asking. */
class StreamingTest {

    /** An input that never ends: a header (or nothing), then row after row, generated on demand. */
    private static final class Endless extends InputStream {
        private final LongFunction<String> row;
        private byte[] current;
        private int pos;
        private long n;
        long bytesRead;

        Endless(String header, LongFunction<String> row) {
            this.row = row;
            this.current = header.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            while (pos == current.length) {
                current = row.apply(++n).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            bytesRead++;
            return current[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            int i = 0;
            while (i < len && (i == 0 || i < 8192)) b[off + i++] = (byte) read();
            return i;
        }
    }

    private static long readSome(RecordReader reader, int records) throws IOException {
        long last = 0;
        try (reader) {
            for (int i = 0; i < records; i++) {
                assertThat(reader.hasNext()).isTrue();
                ImportRecord r = reader.next();
                assertThat(r).isInstanceOf(ImportRecord.Accepted.class);
                last = r.recordNumber();
            }
        }
        return last;
    }

    /** Bytes of the first {@code rows} rows plus the readers' look-ahead buffers: reading stops about there. */
    private static long bound(LongFunction<String> row, int rows) {
        return rows * (long) row.apply(rows).getBytes(StandardCharsets.UTF_8).length + 256 * 1024;
    }

    @Test
    void readsAnEndlessGdeltStreamOneRecordAtATime() throws IOException {
        String[] empty = new String[61];
        java.util.Arrays.fill(empty, "");
        LongFunction<String> row = n -> {
            String[] f = empty.clone();
            f[0] = Long.toString(n);
            f[1] = "20180326";
            f[26] = "190";
            return String.join("\t", f) + "\n";
        };
        Endless in = new Endless("", row);
        assertThat(readSome(RecordReaders.open(ImportFormat.GDELT2, in, Readers.context("s")), 50_000)).isEqualTo(50_000);
        assertThat(in.bytesRead).isLessThan(bound(row, 50_000));
    }

    @Test
    void readsAnEndlessUcdpStreamOneRecordAtATime() throws IOException {
        LongFunction<String> row = n -> n + ",3,2014-02-01,\"line one\nline two, \"\"quoted\"\"\"\n";
        Endless in = new Endless("id,type_of_violence,date_start,source_article\n", row);
        assertThat(readSome(RecordReaders.open(ImportFormat.UCDP, in, Readers.context("s"), "ged231.csv"), 50_000)).isEqualTo(50_000);
        assertThat(in.bytesRead).isLessThan(bound(row, 50_000));
    }
}
