package org.tocsin.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared folder ({@code ../shared}: case files, real GDELT and UCDP data). Tests that
 * need it skip with a clear message when a clone has no shared folder beside it.
 */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        return Path.of(System.getProperty("tocsin.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "../shared is absent (" + p + " not found): skipping a test that needs the shared data");
        return p;
    }
}
