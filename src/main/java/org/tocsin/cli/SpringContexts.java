package org.tocsin.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.app.TocsinApplication;

import java.util.Map;

/** Starts Tocsin's Spring context for a command: with the web server for serve, without for the rest. */
final class SpringContexts {
    private SpringContexts() {}

    static ConfigurableApplicationContext start(boolean web, Map<String, Object> defaults, String... args) {
        SpringApplication app = new SpringApplication(TocsinApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setDefaultProperties(defaults);
        if (!web) app.setLogStartupInfo(false);
        return app.run(args);
    }
}
