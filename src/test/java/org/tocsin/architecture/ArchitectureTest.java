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
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tocsin");
    }

    private static final String[] DOMAIN = {"org.tocsin.common..", "org.tocsin.intake", "org.tocsin.intake.format..",
            "org.tocsin.situation", "org.tocsin.taxonomy..", "org.tocsin.distribution..", "org.tocsin.fusion..",
            "org.tocsin.tagging..", "org.tocsin.escalation", "org.tocsin.decision", "org.tocsin.source",
            "org.tocsin.audit", "org.tocsin.access", "org.tocsin.replay.."};

    @Test
    void domainCodeDoesNotDependOnSpring() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void domainCodeDoesNotTouchJdbcOrServlets() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.servlet..", "org.postgresql..")
                .allowEmptyShould(true).check(classes);
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
