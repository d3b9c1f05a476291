package dev.rehearsal.runner.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner's packages by feature, without cycles (docs: style.md). */
class RunnerArchitectureTest {
  private static JavaClasses runner;

  @BeforeAll
  static void importRunner() {
    runner =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rehearsal.runner");
  }

  @Test
  void runner_whenImported_isNotEmpty() {
    assertThat(runner.size()).isGreaterThan(20);
  }

  @Test
  void runnerPackages_haveNoCycles() {
    slices().matching("dev.rehearsal.runner.(**)").should().beFreeOfCycles().check(runner);
  }
}
