package dev.rehearsal.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core holds every decision and must stay pure Java (docs: architecture.md, "core — pure Java: no
 * Quarkus, no AWS SDK, no Docker"), so that every other module can use it and none of their
 * frameworks leaks back in.
 */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rehearsal.core");
  }

  @Test
  void core_whenImported_isNotEmpty() {
    // Guards the rules below against passing vacuously on an empty import.
    org.assertj.core.api.Assertions.assertThat(core.size()).isGreaterThan(5);
  }

  @Test
  void core_dependsOnNoFrameworkClientOrServer() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "io.smallrye..",
            "io.vertx..",
            "io.netty..",
            "jakarta.ws..",
            "jakarta.enterprise..",
            "software.amazon..",
            "com.amazonaws..",
            "com.github.dockerjava..",
            "org.testcontainers..",
            "com.sun.net.httpserver..",
            "java.net.http..",
            "org.eclipse.jetty..",
            "org.apache.hc..",
            "okhttp3..")
        .because("core is pure Java: transport and frameworks live in the services")
        .check(core);
  }

  @Test
  void corePackages_haveNoCycles() {
    slices().matching("dev.rehearsal.core.(**)").should().beFreeOfCycles().check(core);
  }
}
