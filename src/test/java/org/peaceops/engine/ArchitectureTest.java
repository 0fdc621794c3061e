package org.peaceops.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, on the compiled main code: capabilities in a graph without
 * loops, engine internals behind one package, and the edges (REST, security, demo) depending on the
 * capabilities, never the other way round.
 */
class ArchitectureTest {

    private static final String BASE = "org.peaceops.engine";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package that reaches itself through others cannot be understood or changed alone")
                .check(classes);
    }

    @Test
    void onlyTheCamundaPackageUsesEngineInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".camunda..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("engine internals change between minor versions; one package absorbs that")
                .check(classes);
    }

    @Test
    void capabilitiesNeverDependOnTheRestApi() {
        noClasses()
                .that()
                .resideOutsideOfPackages(BASE + ".api..", BASE + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".api..")
                .because("the api package is the read side over every capability")
                .check(classes);
    }

    @Test
    void capabilitiesNeverDependOnTheWebEdge() {
        noClasses()
                .that()
                .resideOutsideOfPackages(BASE + ".web..", BASE + ".api..", BASE + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".web..")
                .because("security filters and error answers wrap the capabilities; they are not part of them")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".demo..")
                .because("the demo profile must be removable without touching the product")
                .check(classes);
    }

    @Test
    void sharedAndRegistryStayAtTheBottom() {
        noClasses()
                .that()
                .resideInAnyPackage(BASE + ".shared..", BASE + ".camunda..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(BASE + "..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(BASE + ".shared..", BASE + ".camunda..")))
                .because("every capability builds on them, so they may build on no capability (libraries they may)")
                .check(classes);
    }
}
