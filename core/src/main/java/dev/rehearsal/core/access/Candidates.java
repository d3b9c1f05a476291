package dev.rehearsal.core.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readable values to try first for a dimension, in order: GitHub-shaped subjects and audiences, the
 * actions of the flow (so a push witness reads {@code ecr:PutImage}), the text the policies write
 * (literals as they are, patterns with each wildcard filled by {@code x}), and the neighbours of
 * numbers. A witness takes the first candidate in its language and falls back to the language's
 * shortest string only when none is.
 */
final class Candidates {
  /**
   * The actions of the rehearsed flow: STS's web-identity call and ECR's push and pull (operation
   * names from botocore's {@code sts/2011-06-15} and {@code ecr/2015-09-21} service models).
   */
  private static final List<String> FLOW_ACTIONS =
      List.of(
          "sts:AssumeRoleWithWebIdentity",
          "ecr:GetAuthorizationToken",
          "ecr:PutImage",
          "ecr:InitiateLayerUpload",
          "ecr:UploadLayerPart",
          "ecr:CompleteLayerUpload",
          "ecr:BatchCheckLayerAvailability",
          "ecr:BatchGetImage",
          "ecr:GetDownloadUrlForLayer",
          "ecr:DeleteRepository",
          "ecr:BatchDeleteImage",
          "ecr:SetRepositoryPolicy",
          "sts:AssumeRole",
          "sts:TagSession");

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,17}");
  private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F.:]+/[0-9]{1,3}");

  private Candidates() {}

  static List<String> of(RequestSpace space, int d) {
    Dimension dimension = space.dimension(d);
    Set<String> candidates = new LinkedHashSet<>();
    if (GitHubSubjects.isSubject(dimension)) {
      candidates.addAll(GitHubSubjects.subjects(space.written(d)));
    } else if (GitHubSubjects.isAudience(dimension)) {
      candidates.addAll(GitHubSubjects.audiences(subjectsWritten(space)));
    }
    if (dimension.kind() == Dimension.Kind.ACTION) {
      candidates.addAll(FLOW_ACTIONS);
    }
    for (String written : space.written(d)) {
      if (written.indexOf('*') < 0 && written.indexOf('?') < 0) {
        candidates.add(written);
      }
    }
    for (String written : space.written(d)) {
      String filled = written.replaceAll("\\*+", "x").replace('?', 'x');
      if (!filled.equals("x")) {
        candidates.add(filled);
      }
      candidates.addAll(neighbours(written));
    }
    return new ArrayList<>(candidates);
  }

  /**
   * Values on either side of a number (for numeric operators, which have no exact language here),
   * and the address of a CIDR block (for IP address operators).
   */
  private static List<String> neighbours(String written) {
    if (INTEGER.matcher(written).matches()) {
      long value = Long.parseLong(written);
      return List.of(Long.toString(value - 1), Long.toString(value + 1));
    }
    int slash = written.indexOf('/');
    if (slash > 0 && CIDR.matcher(written).matches()) {
      return List.of(written.substring(0, slash));
    }
    return List.of();
  }

  private static List<String> subjectsWritten(RequestSpace space) {
    List<String> subjects = new ArrayList<>();
    for (int d = 0; d < space.size(); d++) {
      if (GitHubSubjects.isSubject(space.dimension(d))) {
        subjects.addAll(space.written(d));
      }
    }
    return subjects;
  }
}
