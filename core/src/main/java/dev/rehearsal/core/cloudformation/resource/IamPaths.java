package dev.rehearsal.core.cloudformation.resource;

import java.util.regex.Pattern;

/**
 * IAM paths: {@code /} or text between slashes, e.g. {@code /ci/} (IAM API Reference, {@code
 * CreateRole} "Path": pattern {@code (\u002F)|(\u002F[\u0021-\u007E]+\u002F)}, 1 to 512 chars).
 */
final class IamPaths {
  private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]{1,510}/");

  private IamPaths() {}

  static String read(Properties properties) {
    String path = properties.string("Path").orElse("/");
    if (!properties.unknown(path) && !PATH.matcher(path).matches()) {
      throw properties.invalid(
          "#/Path: string ["
              + path
              + "] does not match pattern (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
          "Path");
    }
    return path;
  }
}
