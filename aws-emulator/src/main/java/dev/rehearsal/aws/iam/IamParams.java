package dev.rehearsal.aws.iam;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The botocore IAM shapes' constraints, checked as IAM checks them ({@code ValidationError}). */
final class IamParams {
  /** {@code roleNameType}, {@code policyNameType}. */
  static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");

  /** {@code pathType}. */
  static final Pattern PATH = Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

  /** {@code policyDocumentType}. */
  static final Pattern DOCUMENT = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  /** {@code roleDescriptionType}. */
  static final Pattern DESCRIPTION =
      Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private IamParams() {}

  /** A required name ({@code roleNameType} 1–64, {@code policyNameType} 1–128). */
  static ValidationErrors name(ValidationErrors errors, String member, String value, int max) {
    return errors.required(member, value, 1, max).pattern(member, value, NAME);
  }

  static ValidationErrors document(ValidationErrors errors, String member, String value) {
    return errors.required(member, value, 1, 131072).pattern(member, value, DOCUMENT);
  }

  static ValidationErrors arn(ValidationErrors errors, String member, String value) {
    return errors.required(member, value, 20, 2048);
  }

  /** Tags validated against {@code tagListType}; none when null. */
  static List<Tag> tags(List<Tag> given, ValidationErrors errors) {
    List<Tag> tags = given == null ? List.of() : List.copyOf(given);
    for (Tag tag : tags) {
      String key = tag.key();
      String value = tag.value();
      errors
          .required("tags.member.key", key, 1, 128)
          .pattern("tags.member.key", key, TAG_KEY)
          .required("tags.member.value", value, 0, 256)
          .pattern("tags.member.value", value, TAG_VALUE);
    }
    errors.listSize("tags", tags.size(), 50);
    return tags;
  }

  /** The list, or an empty one for null (a member the caller left out). */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The tags without those whose key is one of {@code keys} ({@code Untag*}). */
  static List<Tag> untag(List<Tag> tags, List<String> keys) {
    return tags.stream().filter(t -> !keys.contains(t.key())).toList();
  }

  /** Merges tags as {@code Tag*} does: a key given again replaces its value. */
  static List<Tag> merge(List<Tag> existing, List<Tag> added) {
    List<Tag> merged = new ArrayList<>(existing);
    for (Tag tag : added) {
      merged.removeIf(t -> t.key().equals(tag.key()));
      merged.add(tag);
    }
    if (merged.size() > 50) {
      throw new RehearsalException(
          AwsErrorCode.LIMIT_EXCEEDED, "Cannot exceed quota for TagsPerResource: 50");
    }
    return merged;
  }
}
