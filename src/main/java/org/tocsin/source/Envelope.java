package org.tocsin.source;

/**
 * One sealed record as stored: the data encrypted under its own data key, that data key encrypted
 * ("wrapped") by the sources keyset, and the id of the keyset key that wrapped it — so rotation can
 * find what is still under an old key without opening anything.
 *
 * @param keyId Tink key id of the wrapping key, as an unsigned 32-bit number
 */
public record Envelope(byte[] ciphertext, byte[] wrappedKey, long keyId) {

    @Override
    public String toString() {
        return "Envelope[" + ciphertext.length + " bytes, key " + keyId + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && keyId == e.keyId && java.util.Arrays.equals(ciphertext, e.ciphertext)
                && java.util.Arrays.equals(wrappedKey, e.wrappedKey);
    }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(ciphertext) * 31 + Long.hashCode(keyId); }
}
