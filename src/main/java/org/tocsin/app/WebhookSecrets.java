package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tocsin.common.TocsinException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the webhook signing secret comes from: {@code tocsin.webhooks.secret} (environment
 * {@code TOCSIN_WEBHOOKS_SECRET}) when set; otherwise, on the embedded store (the demo set-up), a
 * random one generated on first start and kept in the data directory, readable by its owner only;
 * otherwise none, and webhooks wait — several instances on an external database must share one
 * secret, so none of them may invent its own. The secret itself is never logged.
 */
final class WebhookSecrets {

    static final String FILE = "tocsin-webhook-secret";
    private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);

    private WebhookSecrets() {}

    static Optional<String> resolve(String configured, boolean embeddedStore, Path dataDir) {
        if (configured != null && !configured.isBlank()) return Optional.of(configured.strip());
        if (!embeddedStore) {
            log.warn("Webhook notifications are not sent: no signing secret is configured (TOCSIN_WEBHOOKS_SECRET, "
                    + "tocsin.webhooks.secret). Webhook notifications wait in the outbox until one is.");
            return Optional.empty();
        }
        Path file = dataDir.resolve(FILE);
        try {
            // this bean may be built before the embedded store has created the data directory
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
                    log.info("Generated a webhook signing secret in {}: give it to webhook receivers so they can verify "
                            + "X-Tocsin-Signature, or set TOCSIN_WEBHOOKS_SECRET", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another process wrote it first: use theirs
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
                }
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) throw new TocsinException(file.toAbsolutePath() + " is empty: delete it to have a new webhook secret generated");
            return Optional.of(secret);
        } catch (IOException e) {
            throw new TocsinException("Could not read or create the webhook signing secret in " + file.toAbsolutePath(), e);
        }
    }
}
