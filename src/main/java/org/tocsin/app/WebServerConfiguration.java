package org.tocsin.app;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers {@code Expect: 100-continue} only when the application starts reading the body,
 * not on receipt of the headers (Tomcat's default). A body refused for its size (a 50 MB signal) is
 * then refused before the client uploads it, and the client reliably receives the 413.
 */
@Configuration(proxyBeanMethods = false)
public class WebServerConfiguration {

    @Bean
    TomcatConnectorCustomizer continueOnRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
