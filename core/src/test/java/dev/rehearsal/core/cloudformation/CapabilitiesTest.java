package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** User Guide, "Acknowledging IAM resources in CloudFormation templates". */
class CapabilitiesTest {
  @Test
  void required_whenARoleHasACustomName_isNamedIam() {
    Template seed = Template.parse(Templates.seed());

    assertThat(Capabilities.required(seed)).hasValue(Capabilities.NAMED_IAM);
    assertThat(Capabilities.missing(seed, List.of(Capabilities.IAM)))
        .hasValue(Capabilities.NAMED_IAM);
    assertThat(Capabilities.missing(seed, List.of(Capabilities.NAMED_IAM))).isEmpty();
  }

  @Test
  void required_whenIamResourcesHaveNoCustomName_isIam_andNamedIamCoversIt() {
    Template unnamed = Template.parse(Templates.roleWith(""));

    assertThat(Capabilities.required(unnamed)).hasValue(Capabilities.IAM);
    assertThat(Capabilities.missing(unnamed, List.of(Capabilities.NAMED_IAM))).isEmpty();
    assertThat(Capabilities.missing(unnamed, List.of())).hasValue(Capabilities.IAM);
  }

  @Test
  void required_forAnOidcProviderAlone_isNothing_becauseTheGuideDoesNotListIt() {
    Template provider =
        Template.parse(
            """
            Resources:
              P:
                Type: AWS::IAM::OIDCProvider
                Properties:
                  Url: https://token.actions.githubusercontent.com
                  ClientIdList: [sts.amazonaws.com]
            """);

    assertThat(Capabilities.required(provider)).isEmpty();
  }
}
