package org.tocsin.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source's sealed fields in plaintext: held only between unsealing and the handler's response.
 * {@link #toString()} names the fields present and never their values, so a stray log line or
 * exception message cannot carry an identity.
 */
public record SealedFields(Map<SealedField, String> values) {

    private static final int FORMAT = 1;

    public SealedFields {
        EnumMap<SealedField, String> copy = new EnumMap<>(SealedField.class);
        values.forEach((k, v) -> { if (v != null) copy.put(k, v); });
        if (!copy.containsKey(SealedField.REAL_NAME)) throw new IllegalArgumentException("real_name is required");
        values = Collections.unmodifiableMap(copy);
    }

    public Optional<String> get(SealedField field) { return Optional.ofNullable(values.get(field)); }

    /** The fields present, in declaration order: what the journal records of an unseal. */
    public List<String> present() { return values.keySet().stream().map(SealedField::wire).toList(); }

    /** Length-prefixed binary form, versioned, for sealing. The caller wipes it after use. */
    byte[] encode() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(values.size());
            for (var e : values.entrySet()) {
                byte[] v = e.getValue().getBytes(StandardCharsets.UTF_8);
                out.writeByte(e.getKey().ordinal());
                out.writeInt(v.length);
                out.write(v);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static SealedFields decode(byte[] encoded) {
        Map<SealedField, String> values = new EnumMap<>(SealedField.class);
        try (var in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) throw new IllegalArgumentException("unknown sealed format " + format);
            int n = in.readUnsignedByte();
            for (int i = 0; i < n; i++) {
                SealedField field = SealedField.values()[in.readUnsignedByte()];
                values.put(field, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            }
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            // never the bytes themselves: they are plaintext
            throw new IllegalArgumentException("sealed fields are not in the expected format");
        }
        return new SealedFields(values);
    }

    @Override
    public String toString() { return "SealedFields" + present() + " (values withheld)"; }
}
