package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.wire.XmlBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** IAM's response structures (botocore {@code Role}, {@code Tag}, {@code Policy}). */
final class IamXml {
  private IamXml() {}

  /**
   * IAM returns policy documents URL-encoded (RFC 3986: a space is {@code %20}); the AWS CLI
   * decodes them, the SDKs leave that to the caller (IAM API Reference, {@code GetRolePolicy}).
   */
  static String encodeDocument(String document) {
    return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static List<XmlBody> tags(List<Tag> tags) {
    return tags.stream().map(IamXml::tag).toList();
  }

  /** {@code body} with {@code Tags} when there are any, as IAM leaves an empty list out. */
  static XmlBody tagged(XmlBody body, List<Tag> tags) {
    if (tags != null && !tags.isEmpty()) {
      body.list("Tags", tags(tags));
    }
    return body;
  }

  /** One page of a list as {@code <name>} with {@code IsTruncated} and {@code Marker}. */
  static <T> XmlBody page(
      String name, List<T> items, Function<T, Object> member, boolean truncated, String marker) {
    return new XmlBody()
        .list(name, items.stream().map(member).toList())
        .bool("IsTruncated", truncated)
        .text("Marker", marker);
  }

  static XmlBody tag(Tag tag) {
    return new XmlBody().text("Key", tag.key()).text("Value", tag.value());
  }

  /** A role; {@code Tags} and {@code RoleLastUsed} when the operation gives them. */
  static XmlBody role(IamShapes.Role role) {
    XmlBody body =
        new XmlBody()
            .text("Path", role.path())
            .text("RoleName", role.roleName())
            .text("RoleId", role.roleId())
            .text("Arn", role.arn())
            .time("CreateDate", role.createDate())
            .text("AssumeRolePolicyDocument", encodeDocument(role.assumeRolePolicyDocument()))
            .text("Description", role.description())
            .number("MaxSessionDuration", role.maxSessionDuration());
    tagged(body, role.tags());
    if (role.roleLastUsed() != null) {
      body.child(
          "RoleLastUsed",
          new XmlBody()
              .time("LastUsedDate", role.roleLastUsed().lastUsedDate())
              .text("Region", role.roleLastUsed().region()));
    }
    return body;
  }

  static XmlBody policy(IamShapes.Policy policy) {
    return tagged(
        new XmlBody()
            .text("PolicyName", policy.policyName())
            .text("PolicyId", policy.policyId())
            .text("Arn", policy.arn())
            .text("Path", policy.path())
            .text("DefaultVersionId", policy.defaultVersionId())
            .number("AttachmentCount", policy.attachmentCount())
            .number("PermissionsBoundaryUsageCount", policy.permissionsBoundaryUsageCount())
            .bool("IsAttachable", policy.isAttachable())
            .text("Description", policy.description())
            .time("CreateDate", policy.createDate())
            .time("UpdateDate", policy.updateDate()),
        policy.tags());
  }

  static XmlBody version(IamShapes.PolicyVersion version) {
    return new XmlBody()
        .text("Document", version.document() == null ? null : encodeDocument(version.document()))
        .text("VersionId", version.versionId())
        .bool("IsDefaultVersion", version.isDefaultVersion())
        .time("CreateDate", version.createDate());
  }
}
