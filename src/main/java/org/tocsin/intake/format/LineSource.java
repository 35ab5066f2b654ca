package org.tocsin.intake.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Physical lines of a UTF-8 stream, numbered from 1, in bounded memory. Lines end at LF (a CR
 * before it is dropped). Each line is decoded on its own, so a decoding problem is pinned to its
 * line: {@code strict} fails the read there ({@link UndecodableInputException}); otherwise bad bytes become U+FFFD, as real GDELT files
 * need. A line longer than {@code maxBytes} is not kept: it comes back flagged {@code tooLong}.
 */
final class LineSource implements Closeable {

    record Line(long number, String text, boolean tooLong) {}

    private final InputStream in;
    private final boolean strict;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[8 * 1024];
    private long number;

    LineSource(InputStream in, boolean strict, int maxBytes) {
        this.in = in;
        this.strict = strict;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean any = false;
        boolean tooLong = false;
        while (true) {
            if (chunkPos == chunkLen && !fill()) {
                if (!any) return null;
                break;
            }
            any = true;
            int newline = -1;
            for (int i = chunkPos; i < chunkLen; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkLen : newline;
            if (!tooLong) {
                // past the limit, keep scanning to the end of the line without keeping it
                if (length + (end - chunkPos) > maxBytes) tooLong = true;
                else length = append(chunkPos, end, length);
            }
            chunkPos = newline < 0 ? chunkLen : newline + 1;
            if (newline >= 0) break;
        }
        number++;
        if (tooLong) return new Line(number, null, true);
        if (length > 0 && line[length - 1] == '\r') length--;
        String text = decode(length);
        if (number == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
        return new Line(number, text, false);
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        } while (n == 0);
        chunkPos = 0;
        chunkLen = Math.max(n, 0);
        return n > 0;
    }

    private int append(int from, int to, int length) {
        int n = to - from;
        if (length + n > line.length) line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(length + n, line.length * 2)));
        System.arraycopy(chunk, from, line, length, n);
        return length + n;
    }

    private String decode(int length) {
        if (!strict) return new String(line, 0, length, StandardCharsets.UTF_8); // replaces bad bytes with U+FFFD
        try {
            return decoder.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableInputException("line " + number + " is not valid UTF-8", e);
        }
    }

    @Override
    public void close() throws IOException { in.close(); }
}
