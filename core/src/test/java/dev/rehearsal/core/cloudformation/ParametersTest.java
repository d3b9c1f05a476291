package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parameter values and constraints (User Guide, "Parameters"), refused with the messages {@code
 * CreateStack} answers with.
 */
class ParametersTest {
  private static final String TEMPLATE =
      """
      Parameters:
        Env: {Type: String, Default: prod, AllowedValues: [prod, dev]}
        Org: {Type: String, AllowedPattern: '[a-z][a-z0-9-]*', MinLength: 2, MaxLength: 8}
        Size: {Type: Number, Default: 3, MinValue: 1, MaxValue: 10}
        Ports: {Type: List<Number>, Default: '80,443'}
        Secret: {Type: String, Default: hunter2, NoEcho: true}
        Vpc: {Type: 'AWS::EC2::VPC::Id', Default: vpc-1}
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties: {RepositoryName: !Sub '${Org}-${Env}'}
      """;
  private static final Template PARSED = Template.parse(TEMPLATE);

  private static ResolvedStack resolve(Map<String, String> parameters) {
    return PARSED.resolve(StackSettings.of("s", "us-east-1", "123456789012", parameters));
  }

  @Test
  void resolve_withDefaultsAndOverride_usesBoth() {
    ResolvedStack stack = resolve(Map.of("Org", "acme"));

    assertThat(stack.repositories().get(0).name()).isEqualTo("acme-prod");
    assertThat(stack.parameters().get("Ports").ref()).hasSize(2);
    assertThat(stack.parameters().get("Vpc").ref().asText()).isEqualTo("vpc-1");
  }

  @Test
  void resolve_noEchoParameter_isDisplayedAsAsterisks_perDescribeStacks() {
    assertThat(resolve(Map.of("Org", "acme")).parameters().get("Secret").displayed())
        .isEqualTo("****");
  }

  @Test
  void resolve_withoutRequiredParameter_mustHaveValues_perCreateStack() {
    assertThatThrownBy(() -> resolve(Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Parameters: [Org] must have values");
  }

  @Test
  void resolve_seedWithoutGitHubOrg_mustHaveValues() {
    Template seed = Template.parse(Templates.seed());

    assertThatThrownBy(
            () -> seed.resolve(StackSettings.of("s", "us-east-1", "123456789012", Map.of())))
        .hasMessage("Parameters: [GitHubOrg] must have values");
  }

  @Test
  void resolve_unknownOverride_doesNotExistInTheTemplate() {
    assertThatThrownBy(() -> resolve(Map.of("Org", "acme", "Nope", "x")))
        .hasMessage("Parameters: [Nope] do not exist in the template");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Env|test|Parameter 'Env' must be one of AllowedValues",
        "Org|Acme|Parameter 'Org' must match pattern [a-z][a-z0-9-]*",
        "Org|a|Parameter 'Org' must contain at least 2 characters",
        "Org|abcdefghi|Parameter 'Org' must contain at most 8 characters",
        "Size|three|Parameter 'Size' must be a number",
        "Size|0|Parameter 'Size' must be a number not less than 1",
        "Size|11|Parameter 'Size' must be a number not greater than 10",
        "Ports|80,http|Parameter 'Ports' must be a number"
      })
  void resolve_valueBreakingConstraint_isRefusedWithCloudFormationsMessage(
      String name, String value, String message) {
    Map<String, String> parameters =
        name.equals("Org") ? Map.of("Org", value) : Map.of("Org", "acme", name, value);

    assertThatThrownBy(() -> resolve(parameters)).hasMessage(message);
  }
}
