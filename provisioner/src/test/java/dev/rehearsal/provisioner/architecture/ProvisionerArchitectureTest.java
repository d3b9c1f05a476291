package dev.rehearsal.provisioner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provisioner reaches AWS only through the SDK's public protocols, so that what works against
 * the emulators works against AWS (architecture.md, "The rules of the house" 1); its public types
 * are JDK, Jackson and core types; its packages have no cycles.
 */
class ProvisionerArchitectureTest {
  private static JavaClasses provisioner;

  @BeforeAll
  static void importProvisioner() {
    provisioner =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rehearsal.provisioner");
  }

  @Test
  void provisioner_whenImported_isNotEmpty() {
    assertThat(provisioner.size()).isGreaterThan(10);
  }

  @Test
  void provisioner_dependsOnNoEmulatorAndNoFramework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.rehearsal.aws..", "dev.rehearsal.oidc..", "dev.rehearsal.cli..", "io.quarkus..")
        .because("the provisioner talks to any endpoint through its public API only")
        .check(provisioner);
  }

  @Test
  void publicApi_usesNoSdkType() {
    noClasses()
        .that()
        .resideInAPackage("dev.rehearsal.provisioner")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("software.amazon..")
        .because("callers work with the provisioner's records, whatever the transport")
        .check(provisioner);
  }

  @Test
  void provisionerPackages_haveNoCycles() {
    slices()
        .matching("dev.rehearsal.provisioner.(**)")
        .should()
        .beFreeOfCycles()
        .check(provisioner);
  }
}
