package dev.rehearsal.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The query protocol's XML shapes (botocore {@code QueryParser}; IAM API Reference examples). */
class XmlRendererTest {
  @Test
  void response_wrapsResultAndRequestId_inTheServiceNamespace() {
    String xml =
        XmlRenderer.response(
            AwsService.IAM,
            "GetOpenIDConnectProvider",
            Optional.of(
                new XmlBody()
                    .text("Url", "token.actions.githubusercontent.com")
                    .list("ClientIDList", List.of("sts.amazonaws.com"))),
            "req-1");

    assertThat(xml)
        .isEqualTo(
            "<GetOpenIDConnectProviderResponse"
                + " xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<GetOpenIDConnectProviderResult>"
                + "<Url>token.actions.githubusercontent.com</Url>"
                + "<ClientIDList><member>sts.amazonaws.com</member></ClientIDList>"
                + "</GetOpenIDConnectProviderResult>"
                + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>"
                + "</GetOpenIDConnectProviderResponse>");
  }

  @Test
  void response_whenActionHasNoOutput_hasOnlyMetadata() {
    String xml = XmlRenderer.response(AwsService.IAM, "DeleteRole", Optional.empty(), "r");

    assertThat(xml).doesNotContain("DeleteRoleResult").contains("<RequestId>r</RequestId>");
  }

  @Test
  void error_escapesTheMessage() {
    String xml = XmlRenderer.error(AwsService.STS, "Sender", "AccessDenied", "a < b & 'c'", "r");

    assertThat(xml)
        .startsWith("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
        .contains("<Type>Sender</Type><Code>AccessDenied</Code>")
        .contains("<Message>a &lt; b &amp; 'c'</Message>");
  }
}
