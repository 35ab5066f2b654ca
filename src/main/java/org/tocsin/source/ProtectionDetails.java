package org.tocsin.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sealed side of a protection request: what is to be done (relocate whom, where), and the
 * rationale written at each step. May identify the source, so it is sealed like the identity and
 * its {@link #toString()} withholds the text.
 */
public record ProtectionDetails(String what, List<Note> notes) {

    private static final int FORMAT = 1;

    public ProtectionDetails {
        Objects.requireNonNull(what, "what");
        notes = List.copyOf(notes);
    }

    /** The rationale given when the request moved to {@code status}. */
    public record Note(ProtectionStatus status, String text) {
        public Note {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() { return "Note[" + status.wire() + ", text withheld]"; }
    }

    ProtectionDetails with(Note note) {
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new ProtectionDetails(what, more);
    }

    byte[] encode() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writeText(out, what);
            out.writeInt(notes.size());
            for (Note n : notes) {
                out.writeByte(n.status().ordinal());
                writeText(out, n.text());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static ProtectionDetails decode(byte[] encoded) {
        try (var in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            if (in.readUnsignedByte() != FORMAT) throw new IllegalArgumentException("unknown sealed format");
            String what = readText(in);
            int n = in.readInt();
            List<Note> notes = new ArrayList<>();
            for (int i = 0; i < n; i++) notes.add(new Note(ProtectionStatus.values()[in.readUnsignedByte()], readText(in)));
            return new ProtectionDetails(what, notes);
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("protection details are not in the expected format");
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() { return "ProtectionDetails[" + notes.size() + " notes, text withheld]"; }
}
