package org.tocsin.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries, as tests that fail. Domain code (every capability package except its
 * {@code jdbc} adapters, the web layer, the CLI and the Spring wiring in {@code app}) knows nothing
 * of Spring, JDBC or servlets; controllers live only in {@code web}.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // production classes only, whatever the build directory is called (-Dtocsin.build.dir)
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.tocsin");
    }

    /** Everything except the adapters: {@code jdbc} subpackages, {@code web}, {@code cli} and the wiring in {@code app}. */
    private static final String[] ADAPTERS = {"..jdbc..", "org.tocsin.web..", "org.tocsin.cli..", "org.tocsin.app..", "org.tocsin"};

    @Test
    void domainCodeDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("org.tocsin..").and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotTouchJdbcOrServlets() {
        noClasses().that().resideInAPackage("org.tocsin..").and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.servlet..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void onlyTheWebLayerHasControllers() {
        noClasses().that().resideOutsideOfPackage("org.tocsin.web..")
                .should().beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .orShould().beAnnotatedWith(org.springframework.stereotype.Controller.class)
                .check(classes);
    }

    @Test
    void persistenceAdaptersAreNotUsedByTheWebLayer() {
        noClasses().that().resideInAPackage("org.tocsin.web..").should().dependOnClassesThat().resideInAPackage("..jdbc..")
                .check(classes);
    }
}
