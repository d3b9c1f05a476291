package dev.rehearsal.core.cloudformation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test templates and the stack the issue pins: acme, us-east-1, 123456789012. */
final class Templates {
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";
  static final StackSettings ACME =
      StackSettings.of("github-oidc", REGION, ACCOUNT, Map.of("GitHubOrg", "acme"));

  private Templates() {}

  static String seed() {
    return resource("/cloudformation/define_github_oidc_with_iam_role.yaml");
  }

  static String resource(String name) {
    try (InputStream in = Templates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A template with one role named {@code R} whose given properties are added. */
  static String roleWith(String extraProperties) {
    return """
        Resources:
          R:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: ec2.amazonaws.com}
                    Action: sts:AssumeRole
        """
        + extraProperties.indent(6);
  }
}
