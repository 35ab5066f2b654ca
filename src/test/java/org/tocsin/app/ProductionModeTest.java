package org.tocsin.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production mode refuses to start with anything whose secret is published; demo defaults are for trying Tocsin only. */
class ProductionModeTest {

    private static void start(Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(TocsinApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties);
        app.run().close();
    }

    @Test
    void productionModeRefusesDemoModeDemoAccountsADocumentedTokenAndInsecureCookiesSayingWhich(@TempDir Path dir) {
        Map<String, Object> demo = new HashMap<>(Map.of("tocsin.data.dir", dir.resolve("store").toString(), "tocsin.demo", "on",
                "tocsin.escalation.worker.enabled", "false", "tocsin.notifications.worker.enabled", "false"));
        start(demo);                                                // a demo store, with its demo accounts
        Map<String, Object> production = new HashMap<>(demo);
        production.put("tocsin.mode", "production");
        production.put("tocsin.admin-token", "change-me-to-a-long-random-secret-of-48-characters");
        assertThatThrownBy(() -> start(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Production mode refuses to start")
                .hasMessageContaining("demo mode is on")
                .hasMessageContaining("demo accounts exist")
                .hasMessageContaining("example value from the documentation")
                .hasMessageContaining("without TLS");
    }

    @Test
    void productionModeStartsOnAFreshStoreWithItsOwnSecretsAndSecureCookies(@TempDir Path dir) {
        Map<String, Object> production = new HashMap<>(Map.of("tocsin.data.dir", dir.resolve("store").toString(), "tocsin.demo", "off",
                "tocsin.mode", "production", "tocsin.admin-token", "a-real-token-generated-for-this-deployment-0123456789",
                "server.servlet.session.cookie.secure", "true",
                "tocsin.escalation.worker.enabled", "false", "tocsin.notifications.worker.enabled", "false"));
        start(production);
        assertThat(dir.resolve("store")).isDirectory();
    }
}
