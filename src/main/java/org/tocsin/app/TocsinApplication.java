package org.tocsin.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application: wiring only. Domain code lives in the capability packages. */
@SpringBootApplication(scanBasePackages = "org.tocsin")
public class TocsinApplication {
}
