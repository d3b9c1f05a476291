package dev.rehearsal.provisioner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What lint, check and diff read past (types outside the flow, the SAM transform) a deploy still
 * refuses: the provisioner reads templates to create them, with {@code Template.parse}.
 */
class StackRequestTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Resources:\n  Artifacts: {Type: AWS::S3::Bucket}\n",
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  R: {Type: AWS::ECR::Repository}\n"
      })
  void of_whatOnlyAnalysisReads_isRefused(String template) {
    assertThatThrownBy(() -> StackRequest.of("s", template, Map.of(), Set.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("Unsupported ");
  }
}
