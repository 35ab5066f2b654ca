package org.tocsin.source;

import com.google.crypto.tink.KeysetHandle;
import org.tocsin.common.TocsinException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the sources keyset comes from: a file ({@code TOCSIN_SOURCES_KEYSET_FILE}), an environment
 * variable holding its JSON ({@code TOCSIN_SOURCES_KEYSET}), or — when neither is given — a file
 * generated once in the data directory ({@value #DEFAULT_FILE}, mode 600). Messages name where a
 * keyset came from, never its content.
 */
public final class KeysetFiles {

    public static final String DEFAULT_FILE = "sources-keyset.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeysetFiles() {}

    /**
     * @param file      whence the keyset comes if written to a file, else null (from the environment)
     * @param generated true when it was created now
     */
    public record Loaded(KeysetHandle keyset, String origin, Path file, boolean generated) {
        @Override
        public String toString() { return "Loaded[" + origin + "]"; }
    }

    public static Loaded load(String file, String json, Path dataDir) {
        boolean hasFile = file != null && !file.isBlank();
        boolean hasJson = json != null && !json.isBlank();
        if (hasFile && hasJson) {
            throw new TocsinException("Both TOCSIN_SOURCES_KEYSET_FILE and TOCSIN_SOURCES_KEYSET are set: set one of them");
        }
        if (hasFile) {
            Path p = Path.of(file).toAbsolutePath();
            return new Loaded(read(p), p.toString(), p, false);
        }
        if (hasJson) return new Loaded(SealingKeys.parseJson(json, "TOCSIN_SOURCES_KEYSET"), "TOCSIN_SOURCES_KEYSET", null, false);
        Path p = dataDir.resolve(DEFAULT_FILE).toAbsolutePath();
        if (Files.exists(p)) return new Loaded(read(p), p.toString(), p, false);
        KeysetHandle generated = SealingKeys.generate();
        write(p, generated);
        return new Loaded(generated, p.toString(), p, true);
    }

    public static KeysetHandle read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TocsinException("Could not read the sources keyset file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return SealingKeys.parseJson(json, file.toString());
    }

    /** Writes the keyset to {@code file} with mode 600, atomically: a crash leaves the old keyset or the new one. */
    public static void write(Path file, KeysetHandle keyset) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix(dir)) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, SealingKeys.toJson(keyset), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TocsinException("Could not write the sources keyset file " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** True when a group or other users may read the file (it should be 600). */
    public static boolean readableByOthers(Path file) {
        try {
            var perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
